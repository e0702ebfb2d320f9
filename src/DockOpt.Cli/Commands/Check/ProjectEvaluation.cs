using System.ComponentModel;
using System.Text.Json;
using DockOpt.Core.Analysis;
using DockOpt.Core.Measure;

namespace DockOpt.Cli.Commands.Check;

/// <summary>
/// The <c>--project</c> and <c>--project-property</c> options: what the .NET project beside a Dockerfile says
/// about itself. The project is evaluated by MSBuild itself (<c>dotnet msbuild -getProperty</c>), so
/// Directory.Build.props, imports and conditions count exactly as in the user's build; reading the XML
/// ourselves would get every one of those wrong.
/// </summary>
internal static class ProjectEvaluation
{
    /// <summary>The project for the analysis, or null when neither option was given.</summary>
    public static ProjectInfo? Resolve(string? projectPath, string[]? propertyAssignments, ICommandRunner? runner = null)
    {
        var overrides = ParseAssignments(propertyAssignments);
        if (projectPath is null)
        {
            return overrides.Count == 0 ? null : ProjectInfo.FromProperties(null, overrides);
        }

        var fullPath = Path.GetFullPath(projectPath);
        if (!File.Exists(fullPath))
        {
            throw new UsageException(Directory.Exists(fullPath)
                ? $"--project takes a project file (*.csproj, *.fsproj, *.vbproj), not the folder '{projectPath}'"
                : $"the project file '{projectPath}' does not exist");
        }

        var evaluated = Evaluate(fullPath, runner ?? new ProcessRunner());
        foreach (var (name, value) in overrides)
        {
            evaluated[name] = value;
        }

        return ProjectInfo.FromProperties(fullPath, evaluated);
    }

    private static Dictionary<string, string> Evaluate(string projectPath, ICommandRunner runner)
    {
        var arguments = new List<string> { "msbuild", projectPath, "-nologo" };
        arguments.AddRange(ProjectInfo.PropertyNames.Select(name => "-getProperty:" + name));
        CommandResult result;
        try
        {
            result = runner.RunAsync(DotnetHost(), arguments).GetAwaiter().GetResult();
        }
        catch (Win32Exception e)
        {
            throw new UsageException($"--project needs the .NET SDK to evaluate '{projectPath}', but 'dotnet' could not be started: {e.Message}");
        }

        if (result.ExitCode != 0)
        {
            // MSBuild's own lines already name the file, line and column of the problem.
            var lines = (result.Output + "\n" + result.Error)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Take(10);
            throw new UsageException($"MSBuild could not evaluate the project '{projectPath}' (exit code {result.ExitCode}):\n  {string.Join("\n  ", lines)}");
        }

        return ParseGetPropertyOutput(result.Output)
            ?? throw new UsageException($"MSBuild's answer for '{projectPath}' was not the expected JSON: {result.Output.Trim()}");
    }

    /// <summary>Reads <c>{"Properties": {"Name": "value", ...}}</c>, what -getProperty prints for several names.</summary>
    internal static Dictionary<string, string>? ParseGetPropertyOutput(string output)
    {
        var start = output.IndexOf('{');
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(output[start..]);
            if (!document.RootElement.TryGetProperty("Properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return properties.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.String)
                .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.OrdinalIgnoreCase);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, string> ParseAssignments(string[]? assignments)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var assignment in assignments ?? [])
        {
            var equals = assignment.IndexOf('=');
            var name = equals > 0 ? assignment[..equals].Trim() : string.Empty;
            if (!ProjectInfo.PropertyNames.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new UsageException(
                    $"--project-property takes NAME=VALUE with NAME one of {string.Join(", ", ProjectInfo.PropertyNames)}, not '{assignment}'");
            }

            result[name] = assignment[(equals + 1)..];
        }

        return result;
    }

    /// <summary>
    /// The dotnet host that runs this tool when it is one (<c>dotnet dockopt</c>, <c>dotnet exec</c>), else the one
    /// the SDK names in DOTNET_HOST_PATH, else the one under DOTNET_ROOT, else whatever <c>dotnet</c> is on the PATH.
    /// </summary>
    private static string DotnetHost()
    {
        var executable = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } self && string.Equals(Path.GetFileName(self), executable, StringComparison.OrdinalIgnoreCase))
        {
            return self;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath))
        {
            return hostPath;
        }

        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } root && File.Exists(Path.Combine(root, executable)))
        {
            return Path.Combine(root, executable);
        }

        return executable;
    }
}
