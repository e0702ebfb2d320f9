using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Tests.Configuration;

[TestClass]
public sealed class HadolintConfigTests
{
    private static HadolintConfig Parse(string yaml) => HadolintConfig.Parse(yaml, ".hadolint.yaml");

    private static IEnumerable<string> Ids(IEnumerable<HadolintRuleReference> rules) => rules.Select(r => r.Id);

    [TestMethod]
    public void Block_sequence_is_read()
    {
        var config = Parse("""
            ignored:
              - DL3008
              - DL3009
            """);

        Ids(config.Ignored).Should().Equal("DL3008", "DL3009");
    }

    [TestMethod]
    public void Block_sequence_may_sit_at_the_indentation_of_its_key()
    {
        var config = Parse("""
            ignored:
            - DL3008
            - DL3009
            """);

        Ids(config.Ignored).Should().Equal("DL3008", "DL3009");
    }

    [TestMethod]
    public void Flow_sequence_is_read_also_across_lines()
    {
        var config = Parse("""
            ignored: [DL3008,
                      "DL3009", 'DL3015']
            """);

        Ids(config.Ignored).Should().Equal("DL3008", "DL3009", "DL3015");
    }

    [TestMethod]
    public void Comments_document_start_and_quotes_are_handled()
    {
        var config = Parse("""
            ---
            # the project's hadolint settings
            failure-threshold: "warning"   # CI fails on warnings
            trustedRegistries:
              - docker.io # Docker Hub
              - 'my-registry.example.com:5000'
            label-schema: {author: text, "version": semver}
            """);

        config.FailLevel.Should().Be(Severity.Warning);
        config.TrustedRegistries.Should().Equal("docker.io", "my-registry.example.com:5000");
        config.LabelSchema.Select(p => $"{p.Key}:{p.Value}").Should().Equal("author:text", "version:semver");
    }

    [TestMethod]
    public void Override_levels_are_read_in_order()
    {
        var config = Parse("""
            override:
              error:
                - DL3002
              warning: [DL3042]
              info: []
              style:
                - DL3015
            """);

        config.Overrides.Select(o => $"{o.Level}:{string.Join(",", Ids(o.Rules))}").Should().Equal("error:DL3002", "warning:DL3042", "info:", "style:DL3015");
    }

    [TestMethod]
    public void Single_trusted_registry_may_be_a_plain_value() =>
        Parse("trustedRegistries: docker.io\n").TrustedRegistries.Should().Equal("docker.io");

    [TestMethod]
    [DataRow("error", Severity.Error)]
    [DataRow("warning", Severity.Warning)]
    [DataRow("info", Severity.Info)]
    [DataRow("style", Severity.Info)]
    [DataRow("ignore", Severity.None)]
    [DataRow("none", Severity.None)]
    public void Failure_threshold_becomes_a_fail_level(string threshold, Severity expected) =>
        Parse($"failure-threshold: {threshold}\n").FailLevel.Should().Be(expected);

    [TestMethod]
    public void No_fail_means_nothing_fails() => Parse("no-fail: true\nfailure-threshold: info\n").FailLevel.Should().Be(Severity.None);

    [TestMethod]
    public void Empty_file_is_an_empty_configuration() => Parse("# nothing yet\n").Ignored.Should().BeEmpty();

    [TestMethod]
    public void Keys_about_hadolint_output_are_skipped() =>
        Parse("format: json\nno-color: true\nstrict-labels: false\nignored: [DL3008]\n").Ignored.Should().ContainSingle();

    [TestMethod]
    [DataRow("failure-threshold: loud\n", 1, "unknown failure-threshold 'loud'*")]
    [DataRow("ignored:\n  - DL3008\n\t- DL3009\n", 3, "a tab in the indentation*")]
    [DataRow("ignored: ['DL3008]\n", 1, "*not closed*")]
    [DataRow("ignored: [DL3008\n", 1, "*not closed*")]
    [DataRow("base: &b [DL3008]\nignored: *b\n", 1, "*anchors and aliases are not supported*")]
    [DataRow("ignored: |\n  DL3008\n", 1, "*block scalars*")]
    [DataRow("override:\n  fatal: [DL3008]\n", 2, "unknown override level 'fatal'*")]
    [DataRow("ignored:\n  - DL3008\n   - DL3009\n", 3, "*indentation*")]
    [DataRow("ignored: [DL3008]\nignored: [DL3009]\n", 2, "the key 'ignored' appears twice")]
    [DataRow("label-schema:\n  version: number\n", 2, "unknown label type 'number'*")]
    [DataRow("- DL3008\n", 1, "a hadolint configuration is a mapping*")]
    public void Bad_configuration_stops_with_its_line(string yaml, int line, string message)
    {
        var act = () => Parse(yaml);

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.Line.Should().Be(line);
        error.Detail.Should().Match(message);
    }
}
