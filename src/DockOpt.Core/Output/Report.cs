using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Output;

/// <summary>The findings of one file, with the path to show for it.</summary>
public sealed record FileReport(string DisplayPath, AnalysisResult Result)
{
    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;
}

/// <summary>Everything one run found, ready for any output format.</summary>
public sealed record Report(IReadOnlyList<FileReport> Files, string ToolVersion)
{
    public int Count(Severity severity) => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == severity));

    /// <summary>True when a finding is at or above <paramref name="failLevel"/>; <see cref="Severity.None"/> never fails.</summary>
    public bool Fails(Severity failLevel) =>
        failLevel != Severity.None && Files.Any(f => f.Diagnostics.Any(d => d.Severity >= failLevel));
}
