using System.Text.Json;

namespace DockOpt.Cli.Tests;

/// <summary>A temporary folder of real files, deleted afterwards; its top <c>.editorconfig</c> says <c>root = true</c> so nothing above leaks in.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Directory.CreateTempSubdirectory("dockopt-cli-config-").FullName;
        Write(".editorconfig", "root = true\n");
    }

    public string Root { get; }

    public string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

[TestClass]
public sealed class ConfigurationTests
{
    private const string Unpinned = "FROM ubuntu\n";

    /// <summary>Every finding as "ID:severity", from the JSON report.</summary>
    private static string[] Findings(CliResult result) => JsonDocument.Parse(result.Out).RootElement.GetProperty("files")
        .EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
        .Select(d => $"{d.GetProperty("id").GetString()}:{d.GetProperty("severity").GetString()}").ToArray();

    [TestMethod]
    public void Editorconfig_error_severity_fails_at_fail_level_error()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DOPT4001.severity = error\n");
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        CliRunner.Run("check", dockerfile, "--fail-level", "error").ExitCode.Should().Be(1);
    }

    [TestMethod]
    public void Editorconfig_none_turns_a_rule_off()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        Findings(CliRunner.Run("check", dockerfile, "--format", "json")).Should().NotContain(f => f.StartsWith("DOPT4001"));
    }

    [TestMethod]
    public void Bad_configuration_is_exit_code_2_naming_the_file_and_line()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.DOPT1001.severity = eror\n");
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        var result = CliRunner.Run("check", dockerfile);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(".editorconfig(4): unknown severity 'eror' for DOPT1001").And.NotContain("   at ");
        result.Out.Should().BeEmpty();
    }

    [TestMethod]
    public void Malformed_config_file_is_exit_code_2_with_its_line()
    {
        using var folder = new TempFolder();
        var config = folder.Write("dockopt.editorconfig", "[*]\ndotnet_diagnostic.DOPT4001.severity error\n");
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        var result = CliRunner.Run("check", dockerfile, "--config", config);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("dockopt.editorconfig(2): malformed line");
    }

    [TestMethod]
    public void Missing_config_file_is_exit_code_2()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        var result = CliRunner.Run("check", dockerfile, "--config", folder.PathOf("nope.editorconfig"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("nope.editorconfig: the configuration file does not exist");
    }

    [TestMethod]
    public void Unknown_rule_id_in_configuration_is_information_on_standard_error()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT9999.severity = none\n");
        var dockerfile = folder.Write("Dockerfile", "FROM ubuntu:24.04\nUSER app\n");

        var result = CliRunner.Run("check", dockerfile);

        result.ExitCode.Should().Be(0);
        result.Error.Should().Contain(".editorconfig(3): info: unknown rule id 'DOPT9999'; the setting is ignored");
    }

    [TestMethod]
    [DataRow(true, null, null, "", "DOPT4001:error")]
    [DataRow(true, "suggestion", null, "", "DOPT4001:info")]
    [DataRow(true, "suggestion", "error", "", "DOPT4001:error")]
    [DataRow(true, "suggestion", "error", "--ignore DOPT4001", "")]
    [DataRow(false, "none", null, "", "")]
    [DataRow(false, "error", "none", "", "")]
    [DataRow(false, "error", "none", "--select DOPT4001", "DOPT4001:warning")]
    public void Command_line_wins_over_config_file_over_editorconfig_over_hadolint(bool hadolint, string? editorconfig, string? configFile, string arguments, string expected)
    {
        using var folder = new TempFolder();
        if (hadolint)
        {
            folder.Write(".hadolint.yaml", "override:\n  error: [DL3006]\n");
        }

        if (editorconfig is not null)
        {
            folder.Write(".editorconfig", $"root = true\n[Dockerfile]\ndotnet_diagnostic.DOPT4001.severity = {editorconfig}\n");
        }

        var args = new List<string> { "check", folder.Write("Dockerfile", Unpinned), "--format", "json" };
        if (configFile is not null)
        {
            args.AddRange(["--config", folder.Write("ci.editorconfig", $"dotnet_diagnostic.DOPT4001.severity = {configFile}\n")]);
        }

        args.AddRange(arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        var findings = Findings(CliRunner.Run([.. args])).Where(f => f.StartsWith("DOPT4001", StringComparison.Ordinal));

        findings.Should().Equal(expected.Length == 0 ? [] : [expected]);
    }

    [TestMethod]
    public void Hadolint_failure_threshold_sets_the_default_fail_level()
    {
        using var folder = new TempFolder();
        folder.Write(".hadolint.yaml", "failure-threshold: error\n");
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        CliRunner.Run("check", dockerfile).ExitCode.Should().Be(0);
    }

    [TestMethod]
    public void Fail_level_on_the_command_line_wins_over_the_configuration()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndockopt.fail_level = error\n");
        var dockerfile = folder.Write("Dockerfile", Unpinned);

        CliRunner.Run("check", dockerfile).ExitCode.Should().Be(0);
        CliRunner.Run("check", dockerfile, "--fail-level", "warning").ExitCode.Should().Be(1);
    }

    [TestMethod]
    public void Suppressed_findings_are_counted_on_standard_error()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", "# hadolint ignore=DL3006\nFROM ubuntu\n");

        var result = CliRunner.Run("check", dockerfile, "--select", "DOPT4001");

        result.ExitCode.Should().Be(0);
        result.Error.Should().Contain("dockopt: 1 finding suppressed by comments.");
    }

    [TestMethod]
    public void Quiet_prints_the_findings_without_summary_or_notes_and_keeps_the_exit_code()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", "# dockopt global ignore=DOPT3001\nFROM ubuntu\n");

        var result = CliRunner.Run("check", dockerfile, "--quiet", "--no-color");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("warning DOPT4001:").And.NotContain("in 1 file");
        result.Error.Should().BeEmpty();
    }

    [TestMethod]
    public void Quiet_prints_nothing_when_there_is_nothing_to_report()
    {
        using var folder = new TempFolder();
        var dockerfile = folder.Write("Dockerfile", "FROM ubuntu:24.04\nUSER app\n");

        var result = CliRunner.Run("check", dockerfile, "-q");

        result.ExitCode.Should().Be(0);
        result.Out.Should().BeEmpty();
    }

    [TestMethod]
    public void Fix_leaves_alone_a_rule_the_editorconfig_turns_off()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT5001.severity = none\n");
        var dockerfile = folder.Write("Dockerfile", "FROM python:3.12-slim\nCMD python app.py\n");

        CliRunner.Run("fix", dockerfile, "--check", "--select", "DOPT5").ExitCode.Should().Be(0);
    }

    [TestMethod]
    public void Fix_runs_a_rule_named_on_the_command_line_that_the_editorconfig_turns_off()
    {
        using var folder = new TempFolder();
        folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT5001.severity = none\n");
        var dockerfile = folder.Write("Dockerfile", "FROM python:3.12-slim\nCMD python app.py\n");

        CliRunner.Run("fix", dockerfile, "--check", "--select", "DOPT5001").ExitCode.Should().Be(1);
    }
}
