using DockOpt.Core.Configuration;

namespace DockOpt.Core.Tests.Configuration;

[TestClass]
public sealed class HadolintMigrationTests
{
    private const string Sample = """
        failure-threshold: error
        ignored:
          - DL3008
          - DL3009
        override:
          error:
            - DL3002
          info: [DL3042]
        trustedRegistries:
          - docker.io
          - ghcr.io
        """;

    private static HadolintConfig Config(string yaml = Sample) => HadolintConfig.Parse(yaml, ".hadolint.yaml");

    [TestMethod]
    public void Sample_becomes_an_editorconfig_section()
    {
        HadolintMigration.ToEditorConfig(Config(), ".hadolint.yaml").Should().Be("""
            # Migrated from .hadolint.yaml by 'dotnet dockopt migrate hadolint'.
            [{Dockerfile,*.Dockerfile,Dockerfile.*,Containerfile}]
            # override info: DL3042
            dotnet_diagnostic.DOPT2001.severity = suggestion
            # ignored: DL3009
            dotnet_diagnostic.DOPT2002.severity = none
            # override error: DL3002
            dotnet_diagnostic.DOPT3001.severity = error
            # ignored: DL3008 has no dockopt equivalent
            # trustedRegistries
            dockopt.trusted_registries = docker.io, ghcr.io
            # failure-threshold: error
            dockopt.fail_level = error

            """.ReplaceLineEndings("\n"));
    }

    [TestMethod]
    public void Rule_covering_more_hadolint_ids_than_were_ignored_says_so() =>
        HadolintMigration.ToEditorConfig(Config("ignored: [DL3006]\n"), ".hadolint.yaml")
            .Should().Contain("# ignored: DL3006 (DOPT4001 also covers DL3007, which hadolint still reported)\ndotnet_diagnostic.DOPT4001.severity = none\n");

    [TestMethod]
    public void Migrated_section_configures_dockopt_as_the_hadolint_file_did()
    {
        using var tree = new TempTree();
        tree.Write(".hadolint.yaml", Sample);
        tree.Write("Dockerfile", "FROM ubuntu\nRUN apt-get update && apt-get install -y curl\n");
        var before = tree.Analyze("Dockerfile");
        File.Delete(tree.PathOf(".hadolint.yaml"));
        tree.Write(".editorconfig", "root = true\n\n" + HadolintMigration.ToEditorConfig(Config(), ".hadolint.yaml"));

        var after = tree.Analyze("Dockerfile");

        after.Diagnostics.Select(d => $"{d.Id}:{d.Severity}").Should().Equal(before.Diagnostics.Select(d => $"{d.Id}:{d.Severity}"));
        after.Configuration.FailLevel.Should().Be(before.Configuration.FailLevel);
        after.Configuration.RuleOptions.TrustedRegistries.Should().Equal(before.Configuration.RuleOptions.TrustedRegistries);
    }

    [TestMethod]
    public void Merge_appends_a_section_after_the_existing_text()
    {
        var merge = HadolintMigration.MergeInto("root = true\n\n[*.cs]\nindent_size = 4\n", ".editorconfig", Config("ignored: [DL3009]\n"), ".hadolint.yaml");

        merge.Text.Should().Be("root = true\n\n[*.cs]\nindent_size = 4\n\n# Migrated from .hadolint.yaml by 'dotnet dockopt migrate hadolint'.\n[{Dockerfile,*.Dockerfile,Dockerfile.*,Containerfile}]\n# ignored: DL3009\ndotnet_diagnostic.DOPT2002.severity = none\n");
        merge.Added.Should().Be(1);
    }

    [TestMethod]
    public void Merge_never_replaces_an_existing_key_and_reports_the_conflict()
    {
        var existing = "root = true\n[*]\ndotnet_diagnostic.DOPT2002.severity = warning\n";

        var merge = HadolintMigration.MergeInto(existing, ".editorconfig", Config("ignored: [DL3009]\noverride:\n  error: [DL3002]\n"), ".hadolint.yaml");

        merge.Conflicts.Should().Equal(new MigrationConflict(3, "dotnet_diagnostic.DOPT2002.severity", "warning", "none"));
        merge.Text.Should().StartWith(existing)
            .And.Contain("# not migrated: dotnet_diagnostic.DOPT2002.severity = none, because line 3 already sets warning\n")
            .And.Contain("dotnet_diagnostic.DOPT3001.severity = error\n");
        merge.Text[existing.Length..].Should().NotContain("dotnet_diagnostic.DOPT2002.severity = none\n");
    }

    [TestMethod]
    public void Merge_skips_keys_already_set_to_the_same_value()
    {
        var existing = "[*]\ndotnet_diagnostic.DOPT2002.severity = none\n";

        var merge = HadolintMigration.MergeInto(existing, ".editorconfig", Config("ignored: [DL3009]\n"), ".hadolint.yaml");

        merge.Text.Should().Be(existing);
        merge.AlreadySet.Should().Equal("dotnet_diagnostic.DOPT2002.severity");
    }

    [TestMethod]
    public void Merge_keeps_the_line_endings_of_the_existing_file() =>
        HadolintMigration.MergeInto("root = true\r\n", ".editorconfig", Config("ignored: [DL3009]\n"), ".hadolint.yaml").Text
            .Should().Be("root = true\r\n\r\n# Migrated from .hadolint.yaml by 'dotnet dockopt migrate hadolint'.\r\n[{Dockerfile,*.Dockerfile,Dockerfile.*,Containerfile}]\r\n# ignored: DL3009\r\ndotnet_diagnostic.DOPT2002.severity = none\r\n");
}
