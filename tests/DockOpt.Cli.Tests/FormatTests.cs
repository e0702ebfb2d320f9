using System.Text.Json;
using System.Xml.Linq;

namespace DockOpt.Cli.Tests;

[TestClass]
public sealed class FormatTests
{
    private const string Unpinned = "FROM ubuntu\n";

    private static CliResult Check(string format, params string[] more) =>
        CliRunner.RunWithInput(Unpinned, ["check", "-", "--format", format, "--select", "DOPT4001", .. more]);

    [TestMethod]
    public void Sarif_format_prints_a_sarif_log_with_the_file_uri()
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-sarif-");
        try
        {
            var path = Path.Combine(dir.FullName, "Dockerfile");
            File.WriteAllText(path, Unpinned);

            var result = CliRunner.Run("check", path, "--format", "sarif", "--select", "DOPT4001");

            result.ExitCode.Should().Be(1);
            var run = JsonDocument.Parse(result.Out).RootElement.GetProperty("runs")[0];
            run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString().Should().Be("dockopt");
            var sarifResult = run.GetProperty("results").EnumerateArray().Should().ContainSingle().Subject;
            sarifResult.GetProperty("ruleId").GetString().Should().Be("DOPT4001");
            sarifResult.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
                .Should().Be(new Uri(path).AbsoluteUri);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Github_format_prints_workflow_commands() =>
        Check("github").Out.Should().StartWith("::warning file=<stdin>,line=1,col=6,endLine=1,endColumn=12,title=DOPT4001 Base image not pinned::the base image 'ubuntu'");

    [TestMethod]
    public void Checkstyle_format_prints_checkstyle_xml()
    {
        var root = XDocument.Parse(Check("checkstyle").Out).Root!;

        root.Name.LocalName.Should().Be("checkstyle");
        root.Element("file")!.Element("error")!.Attribute("source")!.Value.Should().Be("dockopt.DOPT4001");
    }

    [TestMethod]
    public void Gnu_format_prints_gnu_error_lines() =>
        Check("gnu").Out.Should().StartWith("<stdin>:1.6-11: warning: the base image 'ubuntu' has no tag").And.EndWith(" [DOPT4001]\n");

    [TestMethod]
    public void Codeclimate_format_prints_a_code_quality_array()
    {
        var issue = JsonDocument.Parse(Check("codeclimate").Out).RootElement.EnumerateArray().Should().ContainSingle().Subject;

        issue.GetProperty("check_name").GetString().Should().Be("DOPT4001");
        issue.GetProperty("severity").GetString().Should().Be("major");
        issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().Should().Be(1);
    }

    [TestMethod]
    public void Output_file_receives_the_sarif_log()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dockopt-{Guid.NewGuid():N}.sarif");
        try
        {
            Check("sarif", "--output", path).Out.Should().BeEmpty();

            JsonDocument.Parse(File.ReadAllText(path)).RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Format_other_than_the_listed_ones_is_exit_code_2()
    {
        var result = Check("yaml");

        result.ExitCode.Should().Be(2);
        result.Out.Should().NotContain("DOPT4001");
    }

    [TestMethod]
    public void Help_lists_every_format() =>
        CliRunner.Run("check", "--help").Out.Should().ContainAll("text", "json", "msbuild", "sarif", "github", "checkstyle", "gnu", "codeclimate");
}
