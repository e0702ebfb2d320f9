using DockOpt.MSBuild.Findings;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockOpt.MSBuild;

/// <summary>
/// The out-of-process way, for MSBuild on .NET Framework (Visual Studio), which cannot load DockOpt.Core:
/// <c>dotnet exec cli/dotnet-dockopt.dll check --format msbuild --fail-level none FILE...</c>, each
/// canonical line read back into a finding. The project's properties, the build context and the baseline
/// go to the CLI as options, so both ways find the same; one run per build context. The CLI also writes
/// which paths of the context it read, so the incremental check watches them as in process.
/// </summary>
public sealed partial class AnalyzeDockerfiles
{
    private readonly List<Finding> _toolFindings = [];
    private readonly List<string> _toolOtherOutput = [];
    private string _toolContextReads = string.Empty;
    private IReadOnlyList<DockerfileInput> _toolInputs = [];
    private bool _toolFailed;

    protected override string ToolName => Path.DirectorySeparatorChar == '\\' ? "dotnet.exe" : "dotnet";

    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.Low;

    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.Normal;

    private IReadOnlyList<IReadOnlyList<Finding>> AnalyseOutOfProcess(IReadOnlyList<DockerfileInput> inputs)
    {
        if (inputs.Count == 0)
        {
            return [];
        }

        if (string.IsNullOrEmpty(CliAssembly) || !File.Exists(CliAssembly))
        {
            throw new FileNotFoundException($"the dockopt command line is not at '{CliAssembly}'");
        }

        _toolFindings.Clear();
        foreach (var group in inputs.GroupBy(i => i.BuildContext, FindingsCache.PathComparer))
        {
            _toolInputs = group.ToList();
            _toolOtherOutput.Clear();
            _toolFailed = false;

            _toolContextReads = Path.Combine(Path.GetTempPath(), "dockopt-reads-" + Guid.NewGuid().ToString("N") + ".txt");
            try
            {
                // ToolTask.Execute runs the process; the overrides below collect its output.
                var ran = base.Execute();
                if (!ran || _toolFailed || ExitCode != 0)
                {
                    var detail = _toolOtherOutput.Count > 0 ? ": " + string.Join(" ", _toolOtherOutput.Take(5)) : string.Empty;
                    throw new InvalidOperationException($"dotnet-dockopt exited with code {ExitCode}{detail}");
                }

                ReadContextReads(_toolContextReads, _toolInputs);
            }
            finally
            {
                TryDelete(_toolContextReads);
            }
        }

        var byPath = new Dictionary<string, List<Finding>>(FindingsCache.PathComparer);
        foreach (var input in inputs)
        {
            byPath[input.Path] = [];
        }

        foreach (var finding in _toolFindings)
        {
            if (!byPath.TryGetValue(finding.File, out var list))
            {
                throw new InvalidDataException($"dotnet-dockopt reported a file it was not asked about: '{finding.File}'");
            }

            list.Add(finding);
        }

        return inputs.Select(i => (IReadOnlyList<Finding>)byPath[i.Path]).ToList();
    }

    protected override string GenerateFullPathToTool()
    {
        if (!string.IsNullOrEmpty(DotnetHostPath) && File.Exists(DotnetHostPath))
        {
            return DotnetHostPath!;
        }

        if (!string.IsNullOrEmpty(NetCoreRoot))
        {
            var candidate = Path.Combine(NetCoreRoot, ToolName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        // Resolved here rather than by ToolTask, which would log an error (and fail the build) if it is missing.
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (folder.Length == 0)
            {
                continue;
            }

            var candidate = Path.Combine(folder.Trim('"'), ToolName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"'{ToolName}' was found neither at DOTNET_HOST_PATH, nor under NetCoreRoot, nor on the PATH");
    }

    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder();
        builder.AppendSwitch("exec");
        builder.AppendFileNameIfNotNull(CliAssembly);
        builder.AppendSwitch("check");
        builder.AppendSwitch("--format msbuild");
        builder.AppendSwitch("--fail-level none");
        builder.AppendSwitch("--no-color");
        var select = SplitList(Select);
        if (select.Count > 0)
        {
            builder.AppendSwitchIfNotNull("--select ", string.Join(",", select));
        }

        var ignore = SplitList(Ignore);
        if (ignore.Count > 0)
        {
            builder.AppendSwitchIfNotNull("--ignore ", string.Join(",", ignore));
        }

        if (_toolInputs.Count > 0)
        {
            builder.AppendSwitchIfNotNull("--context ", _toolInputs[0].BuildContext);
        }

        // What MSBuild evaluated already: the CLI takes it as it is instead of evaluating the project again.
        AppendProjectProperty(builder, "MSBuildProjectFullPath", ProjectPath);
        AppendProjectProperty(builder, "TargetFrameworks", string.Join(";", Frameworks()));
        AppendProjectProperty(builder, "AssemblyName", AssemblyName);
        AppendProjectProperty(builder, "OutputType", OutputType);
        AppendProjectProperty(builder, "RuntimeIdentifier", RuntimeIdentifier);
        AppendProjectProperty(builder, "SelfContained", SelfContained);
        AppendProjectProperty(builder, "PublishAot", PublishAot);
        if (!string.IsNullOrWhiteSpace(Baseline))
        {
            builder.AppendSwitchIfNotNull("--baseline ", Baseline);
        }

        builder.AppendSwitchIfNotNull("--context-reads ", _toolContextReads);
        foreach (var input in _toolInputs)
        {
            builder.AppendFileNameIfNotNull(input.Path);
        }

        return builder.ToString();
    }

    /// <summary>The CLI's <c>--context-reads</c> file: DOCKERFILE TAB PATH lines, given to the inputs they belong to.</summary>
    private static void ReadContextReads(string file, IReadOnlyList<DockerfileInput> inputs)
    {
        if (!File.Exists(file))
        {
            return;
        }

        var byDockerfile = File.ReadAllLines(file)
            .Select(line => line.Split('\t'))
            .Where(fields => fields.Length == 2)
            .GroupBy(fields => fields[0], fields => fields[1], FindingsCache.PathComparer)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.ToList(), FindingsCache.PathComparer);
        foreach (var input in inputs)
        {
            if (byDockerfile.TryGetValue(input.Path, out var paths))
            {
                input.ContextPaths = paths;
            }
        }
    }

    private static void AppendProjectProperty(CommandLineBuilder builder, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            builder.AppendSwitchIfNotNull("--project-property ", $"{name}={value!.Trim()}");
        }
    }

    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance)
    {
        var finding = CanonicalLine.TryParse(singleLine);
        if (finding is not null)
        {
            _toolFindings.Add(finding);
            return;
        }

        if (singleLine.Trim().Length > 0)
        {
            _toolOtherOutput.Add(singleLine.Trim());
            Log.LogMessage(MessageImportance.Low, singleLine);
        }
    }

    /// <summary>A non-zero exit code is reported as DOPT0000 by <see cref="AnalyseOutOfProcess"/>, never as an error here.</summary>
    protected override bool HandleTaskExecutionErrors()
    {
        _toolFailed = true;
        return true;
    }

    /// <summary>The command line is for the curious (-v:d), not for every build's output.</summary>
    protected override void LogToolCommand(string message) => Log.LogMessage(MessageImportance.Low, message);
}
