using DockOpt.Core.Analysis;
using DockOpt.Core.Output;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Rules;

/// <summary>
/// Every file under Fixtures/&lt;RULE ID&gt;/ is analysed with that rule alone; the rendered text report
/// must equal the stored <c>.expected</c> file beside it. To accept new output after a deliberate
/// change, run the tests with DOCKOPT_UPDATE_FIXTURES=1 and review the diff.
/// </summary>
[TestClass]
public sealed class FixtureTests
{
    public static IEnumerable<object[]> Fixtures => Directory
        .EnumerateFiles(FixtureDirectory, "*.Dockerfile", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(FixtureDirectory, f).Replace('\\', '/'))
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
    [DynamicData(nameof(Fixtures))]
    public void Report_matches_the_stored_expectation(string fixture)
    {
        var ruleId = fixture.Split('/')[0];
        var path = Path.Combine(FixtureDirectory, fixture);
        var source = SourceText.From(File.ReadAllBytes(path), fixture);
        var result = DockerfileAnalyzer.Analyze(source, new AnalyzerOptions { Select = [ruleId] });
        var writer = new StringWriter { NewLine = "\n" };
        TextReportWriter.Write(writer, new Report([new FileReport(fixture, result)], "test"), new TextReportOptions { Color = false });
        var actual = writer.ToString();

        result.Diagnostics.Where(d => d.Id != ruleId).Should().BeEmpty();
        CompareWithStored(path + ".expected", actual);

        // The fixes (unsafe ones included) give a stored text, converge, and leave a file that parses.
        var options = new Core.Fixes.FixOptions { IncludeUnsafe = true, Analyzer = new AnalyzerOptions { Select = [ruleId], BuildContext = new BuildContextView(Path.GetDirectoryName(path)!) } };
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
