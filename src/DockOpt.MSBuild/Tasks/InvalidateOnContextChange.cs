using DockOpt.MSBuild.Findings;
using Microsoft.Build.Framework;

namespace DockOpt.MSBuild;

/// <summary>
/// Runs before the incremental analysis target decides whether it is up to date: when a path of a build
/// context that the last analysis looked at has changed (package.json edited, an entrypoint script
/// rewritten, a venv folder created), it touches the settings file, one of that target's inputs, so the
/// analysis runs again. MSBuild's Inputs cannot list those paths themselves: only the analysis knows
/// them, and a path that did not exist then cannot be an input at all.
/// </summary>
public sealed class InvalidateOnContextChange : Microsoft.Build.Utilities.Task
{
    [Required]
    public string CacheFile { get; set; } = string.Empty;

    /// <summary>The file to touch: the settings file among the analysis target's inputs.</summary>
    [Required]
    public string InputsFile { get; set; } = string.Empty;

    public override bool Execute()
    {
        try
        {
            if (FindingsCache.Read(CacheFile) is { ContextChanged: true } && File.Exists(InputsFile))
            {
                File.SetLastWriteTimeUtc(InputsFile, DateTime.UtcNow);
                Log.LogMessage(MessageImportance.Normal, "dockopt: a file of a build context changed since the last analysis; analysing again");
            }
        }
        catch (Exception e) when (!AnalyzeDockerfiles.IsCritical(e))
        {
            // An unreadable cache is the analysis target's to handle (it analyses everything); nothing to decide here.
            Log.LogMessage(MessageImportance.Low, $"dockopt: cannot check the build contexts ({e.Message})");
        }

        return true;
    }
}
