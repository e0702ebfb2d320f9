using DockOpt.Core.Analysis;
using DockOpt.Core.Output;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Rules;

/// <summary>
/// Every file under Fixtures/&lt;RULE ID&gt;/ is analysed with that rule alone; the rendered text report
/// must equal the stored <c>.expected</c> file beside it. To accept new output after a deliberate
/// change, run the tests with DOCKOPT_UPDATE_FIXTURES=1 and review the diff.
/// A fixture for a rule that reads the build context or the .NET project may bring them along:
/// <c>name.context/</c> is its build context (else there is none, as for standard input), and
/// <c>name.project</c> holds the project's MSBuild properties as <c>Name=Value</c> lines.
/// </summary>
[TestClass]
public sealed class FixtureTests
{
    public static IEnumerable<object[]> Fixtures => Directory
        .EnumerateFiles(FixtureDirectory, "*.Dockerfile", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(FixtureDirectory, f).Replace('\\', '/'))
        .Where(f => !f.Contains(".context/", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .Select(f => new object[] { f });

    internal static string FixtureDirectory => Path.Combine(CatalogueTests.RepositoryRoot(), "tests", "DockOpt.Core.Tests", "Fixtures");

    internal static bool Updating => Environment.GetEnvironmentVariable("DOCKOPT_UPDATE_FIXTURES") == "1";

    [TestMethod]
    public void Every_rule_has_a_fixture()
    {
        var covered = Directory.EnumerateDirectories(FixtureDirectory).Select(Path.GetFileName).ToHashSet();

        Core.Rules.RuleCatalog.All.Select(r => r.Id).Where(id => id != "DOPT0000").Should().BeSubsetOf(covered!);
    }

    [TestMethod]
    public void Every_rule_fixture_folder_shows_the_rule_firing_at_least_once()
    {
        // A fixture whose name or missing context silences its rule (a file named dev-*.Dockerfile is a
        // development image) would otherwise pass while testing nothing.
        var silent = Directory.EnumerateDirectories(FixtureDirectory)
            .Where(dir => !Directory.EnumerateFiles(dir, "*.expected").Any(f => File.ReadAllText(f).Contains(" " + Path.GetFileName(dir) + ":", StringComparison.Ordinal)))
            .Select(Path.GetFileName)
            .Where(id => id != "DOPT0000");

        silent.Should().BeEmpty();
    }

    /// <summary>The analysis options of a fixture: its rule alone, with its build context and project when it has them.</summary>
    internal static AnalyzerOptions OptionsFor(string fixturePath, string ruleId)
    {
        var stem = fixturePath[..^".Dockerfile".Length];
        var project = File.Exists(stem + ".project")
            ? ProjectInfo.FromProperties(
                Path.GetFileName(stem) + ".csproj",
                File.ReadAllLines(stem + ".project")
                    .Where(line => line.Contains('=') && !line.StartsWith('#'))
                    .ToDictionary(line => line[..line.IndexOf('=')].Trim(), line => line[(line.IndexOf('=') + 1)..].Trim()))
            : null;
        return new AnalyzerOptions
        {
            Select = [ruleId],
            BuildContext = Directory.Exists(stem + ".context") ? new BuildContextView(stem + ".context") : null,
            Project = project,
        };
    }

    [TestMethod]
    [DynamicData(nameof(Fixtures))]
    public void Report_matches_the_stored_expectation(string fixture)
    {
        var ruleId = fixture.Split('/')[0];
        var path = Path.Combine(FixtureDirectory, fixture);
        var source = SourceText.From(File.ReadAllBytes(path), fixture);
        var result = DockerfileAnalyzer.Analyze(source, OptionsFor(path, ruleId));
        var writer = new StringWriter { NewLine = "\n" };
        TextReportWriter.Write(writer, new Report([new FileReport(fixture, result)], "test"), new TextReportOptions { Color = false });
        var actual = writer.ToString();

        result.Diagnostics.Where(d => d.Id != ruleId).Should().BeEmpty();
        CompareWithStored(path + ".expected", actual);

        // The fixes (unsafe ones included) give a stored text, converge, and leave a file that parses.
        var analyzer = OptionsFor(path, ruleId);
        var options = new Core.Fixes.FixOptions
        {
            IncludeUnsafe = true,

            // Fixes that need the context (the manifest must exist) find it in the fixture's folder when it brings none.
            Analyzer = analyzer with { BuildContext = analyzer.BuildContext ?? new BuildContextView(Path.GetDirectoryName(path)!) },
        };
        var fixedResult = Core.Fixes.FixEngine.Apply(source, options);
        fixedResult.Problem.Should().BeNull();
        if (fixedResult.Changed)
        {
            CompareWithStored(path + ".fixed", fixedResult.FixedText);
            Core.Fixes.FixEngine.Apply(Text.SourceText.From(fixedResult.FixedText), options).Changed.Should().BeFalse("fixes must converge");
        }
        else
        {
            File.Exists(path + ".fixed").Should().BeFalse("no fix applies, so there should be no stored .fixed file");
        }
    }

    internal static void CompareWithStored(string expectedPath, string actual)
    {
        if (Updating || !File.Exists(expectedPath))
        {
            File.WriteAllText(expectedPath, actual);
            if (!Updating)
            {
                Assert.Fail($"{Path.GetFileName(expectedPath)} did not exist and was written; review it and run the tests again");
            }

            return;
        }

        actual.Should().Be(File.ReadAllText(expectedPath), because: $"{expectedPath} is the stored expectation (DOCKOPT_UPDATE_FIXTURES=1 rewrites it)");
    }
}
