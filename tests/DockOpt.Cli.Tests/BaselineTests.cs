using System.Text.Json;

namespace DockOpt.Cli.Tests;

[TestClass]
public sealed class BaselineTests
{
    private const string Original = "FROM ubuntu\nRUN apt-get install -y curl\n";

    [TestMethod]
    public void Write_baseline_records_the_findings_and_reports_none()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", Original);
        var baseline = folder.PathOf("baseline.json");

        var result = CliRunner.Run("check", dockerfile, "--write-baseline", baseline, "--no-color");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("No findings in 1 file.");
        result.Error.Should().MatchRegex(@"wrote \d+ findings to the baseline");
        var findings = JsonDocument.Parse(File.ReadAllText(baseline)).RootElement.GetProperty("findings");
        findings.EnumerateArray().Select(f => f.GetProperty("id").GetString()).Should().Contain(["DOPT4001", "DOPT2003"]);
    }

    [TestMethod]
    public void Baselined_findings_stay_hidden_after_a_line_is_inserted_above()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", Original);
        var baseline = folder.PathOf("baseline.json");
        CliRunner.Run("check", dockerfile, "--write-baseline", baseline);
        File.WriteAllText(dockerfile, "# syntax=docker/dockerfile:1\n\n" + Original);

        var result = CliRunner.Run("check", dockerfile, "--baseline", baseline, "--no-color");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("No findings in 1 file.");
        result.Error.Should().MatchRegex(@"\d+ findings in the baseline not shown");
    }

    [TestMethod]
    public void Only_new_findings_are_reported_against_a_baseline()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", Original);
        var baseline = folder.PathOf("baseline.json");
        CliRunner.Run("check", dockerfile, "--write-baseline", baseline);
        File.WriteAllText(dockerfile, Original + "RUN apt-get install -y wget\n");

        var result = CliRunner.Run("check", dockerfile, "--baseline", baseline, "--format", "msbuild");

        result.ExitCode.Should().Be(1);
        result.Out.Trim().Split('\n').Should().ContainSingle().Which.Should().Contain("(3,").And.Contain("DOPT2003");
    }

    [TestMethod]
    public void Missing_baseline_is_exit_code_2()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", Original);

        var result = CliRunner.Run("check", dockerfile, "--baseline", folder.PathOf("none.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("none.json: cannot read the baseline");
    }
}
