using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Tests.Configuration;

[TestClass]
public sealed class HadolintHonouredTests
{
    private const string Dockerfile = "FROM ubuntu\nRUN apt-get install -y curl\n";

    [TestMethod]
    public void Ignored_rules_are_turned_off()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", "ignored: [DL3015]\n");
        tree.Write("Dockerfile", Dockerfile);

        tree.SeverityOf("Dockerfile", "DOPT2003").Should().BeNull();
    }

    [TestMethod]
    public void Override_levels_set_severities()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", "override:\n  error: [DL3006]\n  style: [DL3015]\n");
        tree.Write("Dockerfile", Dockerfile);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().Be(Severity.Error);
        tree.SeverityOf("Dockerfile", "DOPT2003").Should().Be(Severity.Info);
    }

    [TestMethod]
    public void Ignored_wins_over_an_override()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", "ignored: [DL3006]\noverride:\n  error: [DL3006]\n");
        tree.Write("Dockerfile", Dockerfile);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().BeNull();
    }

    [TestMethod]
    public void Hadolint_file_is_found_in_a_folder_above()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yml", "ignored: [DL3006]\n");
        tree.Write("services/api/Dockerfile", Dockerfile);

        tree.SeverityOf("services/api/Dockerfile", "DOPT4001").Should().BeNull();
    }

    [TestMethod]
    public void Trusted_registries_label_schema_and_threshold_carry_over()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", "trustedRegistries: [docker.io, ghcr.io]\nlabel-schema:\n  author: text\nfailure-threshold: error\n");
        tree.Write("Dockerfile", Dockerfile);

        var configuration = tree.Analyze("Dockerfile").Configuration;

        configuration.RuleOptions.TrustedRegistries.Should().Equal("docker.io", "ghcr.io");
        configuration.RuleOptions.LabelSchema.Select(p => $"{p.Key}:{p.Value}").Should().Equal("author:text");
        configuration.FailLevel.Should().Be(Severity.Error);
    }

    [TestMethod]
    public void Editorconfig_without_dockopt_keys_leaves_hadolint_in_force()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\nindent_style = space\n");
        tree.Write(".hadolint.yaml", "ignored: [DL3006]\n");
        tree.Write("Dockerfile", Dockerfile);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().BeNull();
    }

    [TestMethod]
    public void Any_dockopt_key_in_the_editorconfig_chain_retires_the_hadolint_file()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.Dockerfile]\ndotnet_diagnostic.DOPT1001.severity = error\n");
        tree.Write(".hadolint.yaml", "ignored: [DL3006]\n");
        tree.Write("Dockerfile", Dockerfile);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Config_file_retires_the_hadolint_file()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", "ignored: [DL3006]\n");
        tree.Write("dockopt.editorconfig", "# nothing set\n");
        tree.Write("Dockerfile", Dockerfile);

        tree.SeverityOf("Dockerfile", "DOPT4001", configFile: "dockopt.editorconfig").Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Disable_ignore_pragma_stops_honouring_hadolint_comments()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", "disable-ignore-pragma: true\n");
        tree.Write("Dockerfile", "# hadolint ignore=DL3006\nFROM ubuntu\n");

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Broken_hadolint_file_stops_with_its_line()
    {
        using var tree = new TempTree();
        var path = tree.Write(".hadolint.yaml", "ignored:\n  - DL3006\n  failure-threshold: error\n");
        tree.Write("Dockerfile", Dockerfile);

        var act = () => tree.Analyze("Dockerfile");

        act.Should().Throw<Core.Configuration.ConfigurationException>().Which.Message.Should().StartWith($"{path}(3): ");
    }
}
