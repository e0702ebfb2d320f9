namespace DockOpt.EndToEnd.Tests;

/// <summary>The dotnet-dockopt package installed the ways users install tools, from the folder feed.</summary>
[TestClass]
public sealed class ToolInstallTests
{
    [TestMethod]
    public void Tool_installed_to_a_tool_path_reports_DOPT1001_and_exits_with_1()
    {
        var toolPath = Path.Combine(PackedFeed.Tools, "tool-path");
        var install = DotnetProcess.Dotnet(PackedFeed.Tools, PackedFeed.ConsumerEnvironment,
            "tool", "install", "dotnet-dockopt", "--tool-path", toolPath, "--add-source", PackedFeed.Feed, "--version", PackedFeed.Version);
        install.ExitCode.Should().Be(0, install.ToString());
        var dockerfile = Path.Combine(PackedFeed.Tools, "Dockerfile");
        File.WriteAllText(dockerfile, SampleProject.NaiveDockerfile("App"));

        var check = DotnetProcess.Run(Path.Combine(toolPath, OperatingSystem.IsWindows() ? "dotnet-dockopt.exe" : "dotnet-dockopt"), PackedFeed.Tools, null, "check", dockerfile, "--no-color");

        check.ExitCode.Should().Be(1, check.ToString());
        check.Output.Should().Contain("Dockerfile:3:1: warning DOPT1001:");
    }

    [TestMethod]
    public void Tool_installed_globally_runs_as_dotnet_dockopt()
    {
        // DOTNET_CLI_HOME keeps the global install inside the temporary folder.
        var home = Path.Combine(PackedFeed.Tools, "cli-home");
        var environment = new Dictionary<string, string?>(PackedFeed.ConsumerEnvironment) { ["DOTNET_CLI_HOME"] = home };
        var install = DotnetProcess.Dotnet(PackedFeed.Tools, environment,
            "tool", "install", "-g", "dotnet-dockopt", "--add-source", PackedFeed.Feed, "--version", PackedFeed.Version);
        install.ExitCode.Should().Be(0, install.ToString());
        environment["PATH"] = Path.Combine(home, ".dotnet", "tools") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");

        var version = DotnetProcess.Dotnet(PackedFeed.Tools, environment, "dockopt", "--version");

        version.ExitCode.Should().Be(0, version.ToString());
        version.Output.Trim().Should().StartWith(PackedFeed.Version);
    }
}
