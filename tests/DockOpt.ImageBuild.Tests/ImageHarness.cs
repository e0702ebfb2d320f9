using System.Diagnostics;
using System.Net.Sockets;
using DockOpt.Core.Measure;

namespace DockOpt.ImageBuild.Tests;

/// <summary>
/// The local image-build harness of build/images: installs and starts it once per test run
/// (setup.sh is idempotent and fast when everything is in place), then runs docker against it.
/// </summary>
[TestClass]
public static class ImageHarness
{
    public static string RepositoryRoot { get; private set; } = string.Empty;

    public static string Docker { get; private set; } = "docker";

    public static Dictionary<string, string> Environment { get; } = new();

    [AssemblyInitialize]
    public static void Start(TestContext _)
    {
        RepositoryRoot = FindRoot();
        var setup = Run("bash", [Path.Combine(RepositoryRoot, "build", "images", "setup.sh")], timeout: TimeSpan.FromMinutes(15));
        if (setup.ExitCode != 0)
        {
            Assert.Fail($"build/images/setup.sh failed (it needs root and Debian's apt mirror):\n{Tail(setup.Error + setup.Output)}");
        }

        var env = Run("bash", ["-c", $"source '{Path.Combine(RepositoryRoot, "build", "images", "env.sh")}' && echo \"$DOCKER_HOST\" && echo \"$DOCKOPT_DOCKER\""]);
        var lines = env.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Environment["DOCKER_HOST"] = lines[0];
        Environment["DOCKER_BUILDKIT"] = "1";
        Docker = lines[1];
    }

    public static CommandResult Run(string program, IReadOnlyList<string> arguments, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in Environment)
        {
            start.Environment[key] = value;
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            return new CommandResult(-1, output.Result, error.Result + "\n(timed out)", watch.Elapsed);
        }

        return new CommandResult(process.ExitCode, output.Result, error.Result, watch.Elapsed);
    }

    public static CommandResult RunDocker(params string[] arguments) => Run(Docker, arguments);

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string Tail(string text, int lines = 40) => string.Join('\n', text.Split('\n').TakeLast(lines));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Optimizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Optimizer.sln not found");
    }
}
