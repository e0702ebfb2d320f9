using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockOpt.MSBuild.Findings;

/// <summary>Logs findings as canonical MSBuild warnings, errors or messages: code, file, line, column, end and help link.</summary>
internal static class FindingLogger
{
    public static void Log(TaskLoggingHelper log, WarningPolicy policy, IEnumerable<FileFindings> files)
    {
        foreach (var file in files)
        {
            foreach (var finding in file.Findings)
            {
                Log(log, policy, finding);
            }
        }
    }

    public static void Log(TaskLoggingHelper log, WarningPolicy policy, Finding f)
    {
        switch (policy.Decide(f.Id, f.Severity))
        {
            case LogAs.Error:
                log.LogError(null, f.Id, null, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message);
                break;
            case LogAs.Warning:
                log.LogWarning(null, f.Id, null, f.HelpUri, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.Message);
                break;
            case LogAs.Message:
                log.LogMessage(null, f.Id, null, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, MessageImportance.Normal, f.Message);
                break;
            default:
                log.LogMessage(MessageImportance.Low, $"dockopt: {f.Id} at {f.File}({f.Line},{f.Column}) is suppressed by NoWarn");
                break;
        }
    }

    /// <summary>dockopt itself failed: one DOPT0000 warning, and the build goes on.</summary>
    public static void LogInternalError(TaskLoggingHelper log, WarningPolicy policy, string file, string message)
    {
        Log(log, policy, new Finding(file, "warning", WarningPolicy.InternalErrorId, 0, 0, 0, 0, null, $"dockopt could not analyse the Dockerfiles, the build goes on without it: {message}"));
    }
}
