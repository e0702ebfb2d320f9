using System.Diagnostics;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using DockOpt.MSBuild.Findings;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockOpt.MSBuild;

/// <summary>
/// Analyses Dockerfiles, writes the findings to <see cref="CacheFile"/> and logs them. Its parameters
/// are translated into DockOpt.Core's options; Core does the work. Two ways to run it:
/// in process with DockOpt.Core (.NET's MSBuild; <c>AnalyzeDockerfiles.InProcess.cs</c>), or out of
/// process through the packed <c>dotnet-dockopt</c> CLI (.NET Framework MSBuild, or
/// <c>DockOptOutOfProcess=true</c>; <c>AnalyzeDockerfiles.OutOfProcess.cs</c>), which is why this is a
/// <see cref="ToolTask"/>. Whatever goes wrong inside becomes one DOPT0000 warning: never a failed build.
/// </summary>
public sealed partial class AnalyzeDockerfiles : ToolTask
{
    /// <summary>The Dockerfiles; optional metadata <c>BuildContext</c>, relative to the project folder (default: the Dockerfile's folder).</summary>
    [Required]
    public ITaskItem[] Dockerfiles { get; set; } = [];

    /// <summary>Configuration files that change what is found (.dockerignore, .editorconfig): part of the cache key.</summary>
    public ITaskItem[] ConfigFiles { get; set; } = [];

    /// <summary>Where the findings are kept for the next build (an output of the calling target).</summary>
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    public string? ProjectPath { get; set; }

    /// <summary>$(TargetFrameworks) and $(TargetFramework); empty entries and repeats are ignored.</summary>
    public string[] TargetFrameworks { get; set; } = [];

    public string? AssemblyName { get; set; }

    public string? OutputType { get; set; }

    public string? RuntimeIdentifier { get; set; }

    public string? SelfContained { get; set; }

    public string? PublishAot { get; set; }

    /// <summary>$(DockOptSelect): when set, only these rule ids or prefixes run.</summary>
    public string? Select { get; set; }

    /// <summary>A baseline written by <c>dotnet dockopt check --write-baseline</c>: only findings not in it are reported (<c>$(DockOptBaseline)</c>).</summary>
    public string? Baseline { get; set; }

    /// <summary>$(DockOptIgnore): rule ids or prefixes that never run.</summary>
    public string? Ignore { get; set; }

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? TreatWarningsAsErrors { get; set; }

    /// <summary>Run the packed CLI in a child process instead of DockOpt.Core in MSBuild's (always so on .NET Framework).</summary>
    public bool OutOfProcess { get; set; }

    /// <summary>The packed <c>dotnet-dockopt.dll</c>, for the out-of-process way.</summary>
    public string? CliAssembly { get; set; }

    /// <summary>$(DOTNET_HOST_PATH): the dotnet host that runs the CLI.</summary>
    public string? DotnetHostPath { get; set; }

    /// <summary>$(NetCoreRoot): where to look for the dotnet host when DOTNET_HOST_PATH is not set.</summary>
    public string? NetCoreRoot { get; set; }

    /// <summary>True when this task ran (it sets nothing when its target is skipped as up to date).</summary>
    [Output]
    public bool Analysed { get; set; }

    private bool RunsOutOfProcess =>
#if NET
        OutOfProcess;
#else
        true;
#endif

    public override bool Execute()
    {
        Analysed = true;
        var policy = new WarningPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        var stopwatch = Stopwatch.StartNew();
        var current = ProjectPath ?? string.Empty;
        IReadOnlyList<FileFindings> results;
        int analysed;
        try
        {
            var fingerprint = Fingerprint();
            var previous = ReadPreviousCache();
            var slots = new FileFindings?[Dockerfiles.Length];
            var pending = new List<DockerfileInput>();
            for (var i = 0; i < Dockerfiles.Length; i++)
            {
                var path = Path.GetFullPath(Dockerfiles[i].ItemSpec);
                current = path;
                var context = BuildContextOf(Dockerfiles[i], path);
                var bytes = File.ReadAllBytes(path);
                var hash = Sha256(bytes);
                slots[i] = previous?.Reusable(fingerprint, path, context, hash);
                if (slots[i] is null)
                {
                    pending.Add(new DockerfileInput(i, path, context, hash, bytes));
                }
            }

            current = ProjectPath ?? string.Empty;
            var fresh = RunsOutOfProcess ? AnalyseOutOfProcess(pending) : AnalyseInProcessIfAvailable(pending);
            for (var j = 0; j < pending.Count; j++)
            {
                var input = pending[j];
                var reads = input.ContextPaths.Select(ContextRead.Of).ToList();
                slots[input.Index] = new FileFindings(input.Path, input.BuildContext, input.ContentHash, fresh[j], reads);
            }

            results = slots.Select(s => s!).ToList();
            analysed = pending.Count;
            new FindingsCache(fingerprint, results).Write(CacheFile);
        }
        catch (Exception e) when (!IsCritical(e))
        {
            // No cache: the next build tries again instead of replaying a failure.
            TryDelete(CacheFile);
            FindingLogger.LogInternalError(Log, policy, current, $"{e.GetType().Name}: {e.Message}");
            return !Log.HasLoggedErrors;
        }

        var reused = results.Count - analysed;
        Log.LogMessage(
            MessageImportance.Normal,
            $"dockopt: analysed {analysed} file(s) in {stopwatch.ElapsedMilliseconds} ms{(RunsOutOfProcess ? " out of process" : string.Empty)}"
            + (reused > 0 ? $"; {reused} unchanged file(s) reused from the cache" : string.Empty));
        FindingLogger.Log(Log, policy, results);
        return !Log.HasLoggedErrors;
    }

    private IReadOnlyList<IReadOnlyList<Finding>> AnalyseInProcessIfAvailable(IReadOnlyList<DockerfileInput> pending)
    {
#if NET
        // A separate method, so that a DockOpt.Core that cannot be loaded is an exception caught above.
        return AnalyseInProcess(pending);
#else
        return AnalyseOutOfProcess(pending);
#endif
    }

    private FindingsCache? ReadPreviousCache()
    {
        try
        {
            return FindingsCache.Read(CacheFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or OverflowException)
        {
            Log.LogMessage(MessageImportance.Low, $"dockopt: the cache '{CacheFile}' is not usable ({e.Message}); every file is analysed");
            return null;
        }
    }

    /// <summary>What besides a file's bytes changes its findings: task version, settings, project and configuration files.</summary>
    private string Fingerprint()
    {
        var text = new StringBuilder();
        text.Append(typeof(AnalyzeDockerfiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion).Append('\n');
        text.Append(RunsOutOfProcess).Append('\n');
        text.Append(string.Join(",", SplitList(Select))).Append('\n');
        text.Append(string.Join(",", SplitList(Ignore))).Append('\n');
        text.Append(ProjectPath).Append('\n');
        text.Append(string.Join(",", Frameworks())).Append('\n');
        text.Append(AssemblyName).Append('|').Append(OutputType).Append('|').Append(RuntimeIdentifier).Append('|').Append(SelfContained).Append('|').Append(PublishAot).Append('\n');
        foreach (var path in ConfigFiles.Select(c => Path.GetFullPath(c.ItemSpec)).Distinct(FindingsCache.PathComparer).OrderBy(p => p, StringComparer.Ordinal))
        {
            text.Append(path).Append('=').Append(File.Exists(path) ? Sha256(File.ReadAllBytes(path)) : "missing").Append('\n');
        }

        return Sha256(Encoding.UTF8.GetBytes(text.ToString()));
    }

    private string BuildContextOf(ITaskItem item, string dockerfilePath)
    {
        var context = item.GetMetadata("BuildContext");
        if (string.IsNullOrWhiteSpace(context))
        {
            return Path.GetDirectoryName(dockerfilePath)!;
        }

        var projectDirectory = string.IsNullOrEmpty(ProjectPath) ? Directory.GetCurrentDirectory() : Path.GetDirectoryName(Path.GetFullPath(ProjectPath))!;
        return Path.GetFullPath(Path.Combine(projectDirectory, context)).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
    }

    private List<string> Frameworks() =>
        TargetFrameworks.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool? ParseBool(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : string.Equals(value!.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    internal static List<string> SplitList(string? value) =>
        (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();

    internal static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        return BitConverter.ToString(sha.ComputeHash(bytes)).Replace("-", string.Empty);
    }

    internal static bool IsCritical(Exception e) =>
        e is OutOfMemoryException or StackOverflowException or AccessViolationException or System.Threading.ThreadAbortException;

    internal static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // Nothing to do: the cache is only an optimisation.
        }
    }

    /// <summary>One Dockerfile to analyse, with its place among <see cref="Dockerfiles"/>.</summary>
    private sealed class DockerfileInput
    {
        public DockerfileInput(int index, string path, string buildContext, string contentHash, byte[] bytes)
        {
            Index = index;
            Path = path;
            BuildContext = buildContext;
            ContentHash = contentHash;
            Bytes = bytes;
        }

        public int Index { get; }

        /// <summary>The paths of the build context the analysis looked at (out of process, as the CLI reports them).</summary>
        public IReadOnlyCollection<string> ContextPaths { get; set; } = [];

        public string Path { get; }

        public string BuildContext { get; }

        public string ContentHash { get; }

        public byte[] Bytes { get; }
    }
}
