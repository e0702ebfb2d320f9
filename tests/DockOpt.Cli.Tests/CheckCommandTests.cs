using System.Text.Json;

namespace DockOpt.Cli.Tests;

[TestClass]
public sealed class CheckCommandTests
{
    private static string[] Ids(string json) => JsonDocument.Parse(json).RootElement.GetProperty("files")
        .EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
        .Select(d => d.GetProperty("id").GetString()!).ToArray();

    [TestMethod]
    public void Seed_naive_dockerfile_reports_copy_order_and_root_but_not_pip_cache()
    {
        var result = CliRunner.Run("check", CliRunner.Sample("flask-naive"), "--format", "json");

        result.ExitCode.Should().Be(1);
        Ids(result.Out).Should().Contain(["DOPT1001", "DOPT3001"]).And.NotContain("DOPT2001");
    }

    [TestMethod]
    public void Seed_multi_stage_dockerfile_reports_the_second_python_and_not_the_apt_rules()
    {
        var result = CliRunner.Run("check", CliRunner.Sample("flask-multistage"), "--format", "json");

        Ids(result.Out).Should().Contain("DOPT2006").And.NotContain(["DOPT2002", "DOPT2003"]);
    }

    [TestMethod]
    public void Check_is_the_default_verb()
    {
        var result = CliRunner.Run(Path.Combine(CliRunner.Sample("flask-naive"), "Dockerfile"), "--no-color");

        result.Out.Should().Contain("Dockerfile:3:1: warning DOPT1001:");
        result.Out.Should().Contain(" 3 | COPY . /app").And.Contain("   | ^^^^^^");
    }

    [TestMethod]
    public void Json_report_follows_schema_version_1()
    {
        var root = JsonDocument.Parse(CliRunner.Run("check", CliRunner.Sample("flask-naive"), "--format", "json").Out).RootElement;

        root.GetProperty("schemaVersion").GetInt32().Should().Be(1);
        root.GetProperty("tool").GetProperty("name").GetString().Should().Be("dockopt");
        var diagnostic = root.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "DOPT1001");
        diagnostic.GetProperty("line").GetInt32().Should().Be(3);
        diagnostic.GetProperty("column").GetInt32().Should().Be(1);
        diagnostic.GetProperty("endColumn").GetInt32().Should().Be(7);
        diagnostic.GetProperty("category").GetString().Should().Be("cache");
        root.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(1);
    }

    [TestMethod]
    public void Standard_input_is_read_for_a_dash()
    {
        var result = CliRunner.RunWithInput("FROM ubuntu\n", "check", "-", "--format", "msbuild", "--select", "DOPT4001");

        result.Out.Trim().Should().Be("<stdin>(1,6,1,12): warning DOPT4001: the base image 'ubuntu' has no tag, so it means 'latest'; pin a version tag or a digest");
        result.ExitCode.Should().Be(1);
    }

    [TestMethod]
    public void Fail_level_error_ignores_warnings() =>
        CliRunner.RunWithInput("FROM ubuntu\n", "check", "-", "--fail-level", "error").ExitCode.Should().Be(0);

    [TestMethod]
    public void Ignore_turns_rules_off() =>
        CliRunner.RunWithInput("FROM ubuntu\n", "check", "-", "--ignore", "DOPT4001,DOPT3001", "--format", "json").Out.Should().NotContain("DOPT4");

    [TestMethod]
    public void Syntax_error_is_a_finding_not_a_usage_error()
    {
        var result = CliRunner.RunWithInput("FROM a\nRUNN x\n", "check", "-");

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain("error DOPT0001: unknown instruction: RUNN");
    }

    [TestMethod]
    public void Missing_path_is_exit_code_2_without_a_stack_trace()
    {
        var result = CliRunner.Run("check", "/no/such/Dockerfile");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'/no/such/Dockerfile' does not exist").And.NotContain("   at ");
    }

    [TestMethod]
    public void Unknown_option_is_exit_code_2() => CliRunner.Run("check", "--bogus").ExitCode.Should().Be(2);

    [TestMethod]
    public void Output_file_receives_the_report()
    {
        var path = Path.Combine(Path.GetTempPath(), $"dockopt-{Guid.NewGuid():N}.json");
        try
        {
            CliRunner.RunWithInput("FROM ubuntu\n", "check", "-", "--format", "json", "--output", path).Out.Should().BeEmpty();
            Ids(File.ReadAllText(path)).Should().Contain("DOPT4001");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Folder_is_searched_for_every_dockerfile_name()
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-find-");
        try
        {
            foreach (var name in new[] { "Dockerfile", "api.Dockerfile", "Dockerfile.dev", "Containerfile", "README.md" })
            {
                File.WriteAllText(Path.Combine(dir.FullName, name), "FROM ubuntu\n");
            }

            Directory.CreateDirectory(Path.Combine(dir.FullName, "node_modules"));
            File.WriteAllText(Path.Combine(dir.FullName, "node_modules", "Dockerfile"), "FROM ubuntu\n");
            var root = JsonDocument.Parse(CliRunner.Run("check", dir.FullName, "--format", "json").Out).RootElement;

            root.GetProperty("summary").GetProperty("files").GetInt32().Should().Be(4);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
