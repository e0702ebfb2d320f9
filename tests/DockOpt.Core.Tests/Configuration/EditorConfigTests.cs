using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Tests.Configuration;

[TestClass]
public sealed class EditorConfigTests
{
    private const string Unpinned = "FROM ubuntu\n";

    [TestMethod]
    public void Editorconfig_is_found_in_a_folder_above_the_dockerfile()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[Dockerfile]\ndotnet_diagnostic.DOPT4001.severity = error\n");
        tree.Write("services/api/Dockerfile", Unpinned);

        tree.SeverityOf("services/api/Dockerfile", "DOPT4001").Should().Be(Severity.Error);
    }

    [TestMethod]
    public void Root_true_stops_the_search_upward()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("app/.editorconfig", "root = true\n");
        tree.Write("app/Dockerfile", Unpinned);

        tree.SeverityOf("app/Dockerfile", "DOPT4001").Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Closer_file_wins_over_a_farther_one()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = error\n");
        tree.Write("app/.editorconfig", "[*]\ndotnet_diagnostic.DOPT4001.severity = suggestion\n");
        tree.Write("app/Dockerfile", Unpinned);

        tree.SeverityOf("app/Dockerfile", "DOPT4001").Should().Be(Severity.Info);
    }

    [TestMethod]
    public void Later_section_in_a_file_wins()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", """
            root = true
            [Dockerfile]
            dotnet_diagnostic.DOPT4001.severity = error
            [*]
            dotnet_diagnostic.DOPT4001.severity = suggestion
            """);
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().Be(Severity.Info);
    }

    [TestMethod]
    public void Section_that_does_not_match_the_path_is_skipped()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.DOPT4001.severity = error\n[legacy/**]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("app/Dockerfile", Unpinned);

        tree.SeverityOf("app/Dockerfile", "DOPT4001").Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Section_with_a_slash_is_relative_to_its_file()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[legacy/**]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("legacy/old/Dockerfile", Unpinned);

        tree.SeverityOf("legacy/old/Dockerfile", "DOPT4001").Should().BeNull();
    }

    [TestMethod]
    [DataRow("error", Severity.Error)]
    [DataRow("warning", Severity.Warning)]
    [DataRow("suggestion", Severity.Info)]
    [DataRow("SUGGESTION", Severity.Info)]
    public void Severity_names_map_to_dockopt_severities(string value, Severity expected)
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", $"root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = {value}\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().Be(expected);
    }

    [TestMethod]
    [DataRow("none")]
    [DataRow("silent")]
    public void None_and_silent_turn_a_rule_off(string value)
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", $"root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = {value}\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().BeNull();
    }

    [TestMethod]
    public void Default_undoes_a_farther_setting()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("app/.editorconfig", "[*]\ndotnet_diagnostic.DOPT4001.severity = default\n");
        tree.Write("app/Dockerfile", Unpinned);

        tree.SeverityOf("app/Dockerfile", "DOPT4001").Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Category_severity_applies_to_the_category_and_a_rule_setting_wins_over_it()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", """
            root = true
            [*]
            dotnet_diagnostic.DOPT3001.severity = suggestion
            dotnet_analyzer_diagnostic.category-security.severity = error
            dotnet_analyzer_diagnostic.category-correctness.severity = error
            """);
        tree.Write("Dockerfile", Unpinned);

        var result = tree.Analyze("Dockerfile");

        result.Diagnostics.Single(d => d.Id == "DOPT4001").Severity.Should().Be(Severity.Error);
        result.Diagnostics.Single(d => d.Id == "DOPT3001").Severity.Should().Be(Severity.Info);
    }

    [TestMethod]
    public void Rule_options_are_read_from_dockopt_keys()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", """
            root = true
            [Dockerfile]
            dockopt.trusted_registries = docker.io, ghcr.io
            dockopt.allowed_base_images = python, mcr.microsoft.com/dotnet/aspnet
            dockopt.label_schema = maintainer:email, version:semver
            """);
        tree.Write("Dockerfile", Unpinned);

        var options = tree.Analyze("Dockerfile").Configuration.RuleOptions;

        options.TrustedRegistries.Should().Equal("docker.io", "ghcr.io");
        options.AllowedBaseImages.Should().Equal("python", "mcr.microsoft.com/dotnet/aspnet");
        options.LabelSchema.Select(p => $"{p.Key}:{p.Value}").Should().Equal("maintainer:email", "version:semver");
    }

    [TestMethod]
    public void Dockopt_fail_level_is_read()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndockopt.fail_level = error\n");
        tree.Write("Dockerfile", Unpinned);

        tree.Analyze("Dockerfile").Configuration.FailLevel.Should().Be(Severity.Error);
    }

    [TestMethod]
    public void Other_tools_keys_are_left_alone()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", """
            root = true
            [*]
            indent_style = space
            dotnet_diagnostic.CA1000.severity = whatever
            dotnet_analyzer_diagnostic.category-Style.severity = warning
            """);
        tree.Write("Dockerfile", Unpinned);

        var result = tree.Analyze("Dockerfile");

        result.Configuration.Notices.Should().BeEmpty();
        result.Diagnostics.Single(d => d.Id == "DOPT4001").Severity.Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Unknown_severity_stops_with_the_file_and_line()
    {
        using var tree = new TempTree(isolated: false);
        var config = tree.Write(".editorconfig", "root = true\n\n[*]\ndotnet_diagnostic.DOPT1001.severity = eror\n");
        tree.Write("Dockerfile", Unpinned);

        var act = () => tree.Analyze("Dockerfile");

        var error = act.Should().Throw<ConfigurationException>().Which;
        error.File.Should().Be(config);
        error.Line.Should().Be(4);
        error.Message.Should().StartWith($"{config}(4): unknown severity 'eror' for DOPT1001");
    }

    [TestMethod]
    public void Unknown_severity_in_a_section_that_matches_nothing_still_stops()
    {
        using var tree = new TempTree(isolated: false);
        tree.Write(".editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.DOPT1001.severity = high\n");
        tree.Write("Dockerfile", Unpinned);

        var act = () => tree.Analyze("Dockerfile");

        act.Should().Throw<ConfigurationException>().Which.Line.Should().Be(3);
    }

    [TestMethod]
    public void Malformed_line_stops_with_its_line()
    {
        using var tree = new TempTree(isolated: false);
        tree.Write(".editorconfig", "root = true\n[*]\nthis line means nothing\n");
        tree.Write("Dockerfile", Unpinned);

        var act = () => tree.Analyze("Dockerfile");

        act.Should().Throw<ConfigurationException>().Which.Line.Should().Be(3);
    }

    [TestMethod]
    public void Bad_label_schema_stops()
    {
        using var tree = new TempTree(isolated: false);
        tree.Write(".editorconfig", "root = true\n[*]\ndockopt.label_schema = version:number\n");
        tree.Write("Dockerfile", Unpinned);

        var act = () => tree.Analyze("Dockerfile");

        act.Should().Throw<ConfigurationException>().WithMessage("*(3): unknown label type 'number' for 'version'*");
    }

    [TestMethod]
    public void Unknown_rule_id_is_a_notice_not_an_error()
    {
        using var tree = new TempTree(isolated: false);
        var config = tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT9999.severity = none\n");
        tree.Write("Dockerfile", Unpinned);

        tree.Analyze("Dockerfile").Configuration.Notices.Should().ContainSingle()
            .Which.Should().Be(new ConfigurationNotice(config, 3, "unknown rule id 'DOPT9999'; the setting is ignored"));
    }

    [TestMethod]
    public void Unknown_dockopt_option_is_a_notice()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndockopt.trusted_registires = docker.io\n");
        tree.Write("Dockerfile", Unpinned);

        tree.Analyze("Dockerfile").Configuration.Notices.Should().ContainSingle().Which.Message.Should().Contain("dockopt.trusted_registires");
    }

    [TestMethod]
    public void Inline_comments_and_colon_separators_are_read_as_roslyn_does()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n; a comment\n[*]  # the whole tree\ndotnet_diagnostic.DOPT4001.severity: error  # loud\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001").Should().Be(Severity.Error);
    }

    [TestMethod]
    public void Config_file_is_applied_after_the_editorconfig_files()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = error\n");
        tree.Write("ci/dockopt.editorconfig", "[Dockerfile]\ndotnet_diagnostic.DOPT4001.severity = suggestion\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001", configFile: "ci/dockopt.editorconfig").Should().Be(Severity.Info);
    }

    [TestMethod]
    public void Config_file_without_a_section_applies_to_every_file()
    {
        using var tree = new TempTree();
        tree.Write("ci/dockopt.editorconfig", "dotnet_diagnostic.DOPT4001.severity = error\n");
        tree.Write("app/Dockerfile", Unpinned);

        tree.SeverityOf("app/Dockerfile", "DOPT4001", configFile: "ci/dockopt.editorconfig").Should().Be(Severity.Error);
    }

    [TestMethod]
    public void Missing_config_file_stops()
    {
        var act = () => new ConfigurationProvider(Path.Combine(Path.GetTempPath(), "no-such-dockopt.editorconfig"));

        act.Should().Throw<ConfigurationException>().WithMessage("*no-such-dockopt.editorconfig: the configuration file does not exist");
    }

    [TestMethod]
    public void Ignore_of_the_host_wins_over_the_configuration()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = error\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001", new AnalyzerOptions { Ignore = ["DOPT4001"] }).Should().BeNull();
    }

    [TestMethod]
    public void Rule_selected_by_its_exact_id_runs_even_when_the_configuration_turns_it_off()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001", new AnalyzerOptions { Select = ["DOPT4001"] }).Should().Be(Severity.Warning);
    }

    [TestMethod]
    public void Selecting_a_prefix_does_not_undo_the_configuration()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("Dockerfile", Unpinned);

        tree.SeverityOf("Dockerfile", "DOPT4001", new AnalyzerOptions { Select = ["DOPT4"] }).Should().BeNull();
    }

    [TestMethod]
    public void Host_severity_overrides_win_over_the_configuration()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        tree.Write("Dockerfile", Unpinned);

        var options = new AnalyzerOptions { SeverityOverrides = new Dictionary<string, Severity> { ["DOPT4001"] = Severity.Error } };

        tree.SeverityOf("Dockerfile", "DOPT4001", options).Should().Be(Severity.Error);
    }

    [TestMethod]
    public void Analysis_without_a_provider_reads_no_file()
    {
        using var tree = new TempTree();
        tree.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT4001.severity = none\n");
        var path = tree.Write("Dockerfile", Unpinned);

        DockerfileAnalyzer.Analyze(Unpinned, path).Diagnostics.Should().Contain(d => d.Id == "DOPT4001");
    }
}
