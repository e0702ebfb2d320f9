using DockOpt.MSBuild.Findings;
using Microsoft.Build.Framework;

namespace DockOpt.MSBuild;

/// <summary>
/// Logs the findings kept by the last <see cref="AnalyzeDockerfiles"/> run when nothing it depends on
/// changed, so that an unchanged Dockerfile's warnings are shown on every build without analysing it
/// again. The warning switches are applied now, so changing NoWarn or TreatWarningsAsErrors needs no analysis.
/// </summary>
public sealed class ReplayDockerfileFindings : Microsoft.Build.Utilities.Task
{
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    public string? NoWarn { get; set; }

    public string? WarningsAsErrors { get; set; }

    public string? WarningsNotAsErrors { get; set; }

    public string? TreatWarningsAsErrors { get; set; }

    public override bool Execute()
    {
        var policy = new WarningPolicy(NoWarn, WarningsAsErrors, WarningsNotAsErrors, TreatWarningsAsErrors);
        FindingsCache cache;
        try
        {
            cache = FindingsCache.Read(CacheFile) ?? throw new FileNotFoundException($"the findings cache '{CacheFile}' is missing");
        }
        catch (Exception e) when (!AnalyzeDockerfiles.IsCritical(e))
        {
            // Deleted, so that the next build analyses again.
            AnalyzeDockerfiles.TryDelete(CacheFile);
            FindingLogger.LogInternalError(Log, policy, CacheFile, $"{e.GetType().Name}: {e.Message}");
            return !Log.HasLoggedErrors;
        }

        Log.LogMessage(MessageImportance.Normal, $"dockopt: {cache.Files.Count} file(s) unchanged, findings replayed ({cache.FindingCount} finding(s))");
        FindingLogger.Log(Log, policy, cache.Files);
        return !Log.HasLoggedErrors;
    }
}
