using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>What analysing one file gives back: its tree, its model and its findings in file order.</summary>
public sealed record AnalysisResult(DockerfileSyntax Syntax, DockerfileModel Model, IReadOnlyList<Diagnostic> Diagnostics)
{
    public SourceText Source => Syntax.Source;

    public string? Path => Syntax.Source.Path;

    /// <summary>Findings dropped because a suppression comment or directive names their rule.</summary>
    public int SuppressedCount { get; init; }

    /// <summary>Findings dropped because a baseline holds them (<see cref="Baseline.Filter(AnalysisResult)"/>).</summary>
    public int BaselinedCount { get; init; }

    /// <summary>The configuration the file was analysed with (its fail level and notices are for the host).</summary>
    public FileConfiguration Configuration { get; init; } = FileConfiguration.Empty;
}
