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
}
