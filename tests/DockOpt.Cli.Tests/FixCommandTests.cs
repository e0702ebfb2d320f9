namespace DockOpt.Cli.Tests;

[TestClass]
public sealed class FixCommandTests
{
    private static string TempDockerfile(string text)
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-cli-fix-");
        var path = Path.Combine(dir.FullName, "Dockerfile");
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void Fix_writes_the_file()
    {
        var path = TempDockerfile("FROM python:3.12-slim\nRUN pip install flask\n");

        CliRunner.Run("fix", path).ExitCode.Should().Be(0);

        File.ReadAllText(path).Should().Be("FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n");
    }

    [TestMethod]
    public void Check_exits_1_and_writes_nothing()
    {
        var path = TempDockerfile("FROM python:3.12-slim\nRUN pip install flask\n");

        CliRunner.Run("fix", path, "--check").ExitCode.Should().Be(1);

        File.ReadAllText(path).Should().Be("FROM python:3.12-slim\nRUN pip install flask\n");
    }

    [TestMethod]
    public void Check_exits_0_when_nothing_would_change() =>
        CliRunner.Run("fix", TempDockerfile("FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n"), "--check").ExitCode.Should().Be(0);

    [TestMethod]
    public void Diff_prints_a_unified_diff()
    {
        var path = TempDockerfile("FROM python:3.12-slim\nCMD python app.py\n");

        var result = CliRunner.Run("fix", path, "--diff");

        result.Out.Should().Contain("-CMD python app.py\n+CMD exec python app.py\n");
        File.ReadAllText(path).Should().Contain("CMD python app.py");
    }

    [TestMethod]
    public void Unsafe_fixes_need_the_flag()
    {
        var path = TempDockerfile("FROM python:3.12\n");

        CliRunner.Run("fix", path).ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be("FROM python:3.12\n");
        CliRunner.Run("fix", path, "--unsafe-fixes").ExitCode.Should().Be(0);
        File.ReadAllText(path).Should().Be("FROM python:3.12-slim\n");
    }

    [TestMethod]
    public void Config_file_turns_a_rules_fix_off()
    {
        var path = TempDockerfile("FROM python:3.12-slim\nRUN pip install flask\n");
        var config = Path.Combine(Path.GetDirectoryName(path)!, "dockopt.ini");
        File.WriteAllText(config, "dotnet_diagnostic.DOPT2001.severity = none\n");

        CliRunner.Run("fix", path, "--config", config).ExitCode.Should().Be(0);

        File.ReadAllText(path).Should().Be("FROM python:3.12-slim\nRUN pip install flask\n");
    }
}
