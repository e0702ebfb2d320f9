namespace DockOpt.Cli.Tests;

[TestClass]
public sealed class MigrateTests
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

    [TestMethod]
    public void Migration_is_printed_to_standard_output()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".hadolint.yaml", Sample);

        var result = CliRunner.Run("migrate", "hadolint", "--config", config);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("[{Dockerfile,*.Dockerfile,Dockerfile.*,Containerfile}]\n")
            .And.Contain("dotnet_diagnostic.DOPT2002.severity = none\n")
            .And.Contain("dotnet_diagnostic.DOPT3001.severity = error\n")
            .And.Contain("dotnet_diagnostic.DOPT2001.severity = suggestion\n")
            .And.Contain("# ignored: DL3008 has no dockopt equivalent\n")
            .And.Contain("dockopt.trusted_registries = docker.io, ghcr.io\n")
            .And.Contain("dockopt.fail_level = error\n");
    }

    [TestMethod]
    public void Output_adds_the_section_to_an_existing_editorconfig()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".hadolint.yaml", Sample);
        var editorconfig = folder.Write(".editorconfig", "root = true\n\n[*.cs]\nindent_size = 4\n");

        var result = CliRunner.Run("migrate", "hadolint", "--config", config, "--output", editorconfig);

        result.ExitCode.Should().Be(0);
        result.Out.Should().BeEmpty();
        File.ReadAllText(editorconfig).Should().StartWith("root = true\n\n[*.cs]\nindent_size = 4\n\n# Migrated from")
            .And.Contain("dotnet_diagnostic.DOPT2002.severity = none\n");
    }

    [TestMethod]
    public void Output_never_clobbers_an_existing_key_and_reports_the_conflict()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".hadolint.yaml", Sample);
        var editorconfig = folder.Write(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.DOPT3001.severity = warning\n");

        var result = CliRunner.Run("migrate", "hadolint", "--config", config, "--output", editorconfig);

        result.Error.Should().Contain(".editorconfig(3): warning: dotnet_diagnostic.DOPT3001.severity is already 'warning'");
        var text = File.ReadAllText(editorconfig);
        text.Should().NotContain("dotnet_diagnostic.DOPT3001.severity = error\n").And.Contain("dotnet_diagnostic.DOPT2002.severity = none\n");
    }

    [TestMethod]
    public void Migrated_file_gives_the_same_findings_as_the_hadolint_file()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".hadolint.yaml", Sample);
        var dockerfile = folder.Write("Dockerfile", "FROM ubuntu\nRUN apt-get update && apt-get install -y curl\n");
        var before = CliRunner.Run("check", dockerfile, "--format", "msbuild");
        CliRunner.Run("migrate", "hadolint", "--config", config, "--output", folder.PathOf(".editorconfig")).ExitCode.Should().Be(0);
        File.Delete(config);

        var after = CliRunner.Run("check", dockerfile, "--format", "msbuild");

        after.Out.Should().Be(before.Out);
        after.ExitCode.Should().Be(before.ExitCode);
    }

    [TestMethod]
    public void Broken_hadolint_file_is_exit_code_2_with_its_line()
    {
        using var folder = new TempFolder();
        var config = folder.Write(".hadolint.yaml", "ignored:\n  - DL3008\n\t- DL3009\n");

        var result = CliRunner.Run("migrate", "hadolint", "--config", config);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(".hadolint.yaml(3): a tab in the indentation");
    }

    [TestMethod]
    public void Missing_hadolint_file_is_exit_code_2()
    {
        using var folder = new TempFolder();

        var result = CliRunner.Run("migrate", "hadolint", "--config", folder.PathOf(".hadolint.yaml"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("does not exist");
    }
}
