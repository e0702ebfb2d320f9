using System.Diagnostics;
using System.Text;

namespace DockOpt.EndToEnd.Tests;

/// <summary>What a child process did: its exit code and everything it printed, stdout and stderr interleaved.</summary>
internal sealed record ProcessResult(string CommandLine, int ExitCode, string Output, TimeSpan Elapsed)
{
    public override string ToString() => $"{CommandLine}{Environment.NewLine}exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs <c>dotnet</c> (and the installed tool) as a user would: a clean environment without the MSBuild
/// variables that <c>dotnet test</c> sets for itself, no telemetry or first-run text, the terminal logger off.
/// </summary>
internal static class DotnetProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>The dotnet host that runs these tests, so that the SDK under test is the one in use.</summary>
    public static string Host { get; } = FindHost();

    public static ProcessResult Dotnet(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Run(Host, workingDirectory, environment, args);

    public static ProcessResult Run(string fileName, string workingDirectory, IReadOnlyDictionary<string, string?>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var key in start.Environment.Keys.ToList())
        {
            // dotnet test points these at its own MSBuild; a nested build must find its own.
            if (key.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(key);
            }
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false";
        start.Environment["MSBUILDTERMINALLOGGER"] = "off";
        start.Environment["NO_COLOR"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        var stopwatch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"{Describe(fileName, args)} did not finish in {Timeout.TotalMinutes} minutes:{Environment.NewLine}{Snapshot(output)}");
        }

        // Drains the redirected output after the exit.
        process.WaitForExit();
        return new ProcessResult(Describe(fileName, args), process.ExitCode, Snapshot(output), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Describe(string fileName, string[] args) =>
        "$ " + Path.GetFileName(fileName) + " " + string.Join(" ", args.Select(a => a.Contains(' ') ? $"\"{a}\"" : a));

    private static string FindHost()
    {
        var fromTest = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
        if (!string.IsNullOrEmpty(fromTest) && File.Exists(fromTest))
        {
            return fromTest;
        }

        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var besideRuntime = Path.GetFullPath(Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(besideRuntime) ? besideRuntime : name;
    }
}
