using System.Text.Json;

namespace DockOpt.Cli.Tests;

[TestClass]
public sealed class RulesAndExplainTests
{
    [TestMethod]
    public void Rules_json_lists_every_seed_rule_with_metadata()
    {
        var rules = JsonDocument.Parse(CliRunner.Run("rules", "--format", "json").Out).RootElement.EnumerateArray().ToList();

        rules.Select(r => r.GetProperty("id").GetString()).Should().Contain(
            ["DOPT0000", "DOPT0001", "DOPT1001", "DOPT1002", "DOPT2001", "DOPT2002", "DOPT2003", "DOPT2004", "DOPT2005", "DOPT2006", "DOPT3001", "DOPT4001", "DOPT5001", "DOPT6001"]);
        var rule = rules.Single(r => r.GetProperty("id").GetString() == "DOPT2001");
        rule.GetProperty("equivalents").EnumerateArray().Select(e => e.GetString()).Should().Contain("hadolint:DL3042");
        rule.GetProperty("defaultSeverity").GetString().Should().Be("warning");
        rule.GetProperty("helpUri").GetString().Should().EndWith("docs/rules/DOPT2001.md");
    }

    [TestMethod]
    public void Explain_prints_the_documentation()
    {
        var result = CliRunner.Run("explain", "DOPT5001");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("## Why it matters").And.Contain("SIGTERM");
    }

    [TestMethod]
    public void Explain_of_an_unknown_rule_is_exit_code_2() => CliRunner.Run("explain", "DOPT9999").ExitCode.Should().Be(2);

    [TestMethod]
    public void Version_is_printed() => CliRunner.Run("--version").Out.Should().MatchRegex(@"^\d+\.\d+\.\d+");

    [TestMethod]
    public void Help_shows_examples() => CliRunner.Run("check", "--help").Out.Should().Contain("Examples:");
}
