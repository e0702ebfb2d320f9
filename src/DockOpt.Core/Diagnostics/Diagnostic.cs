using DockOpt.Core.Fixes;
using DockOpt.Core.Text;

namespace DockOpt.Core.Diagnostics;

/// <summary>One finding: which rule, how serious, what it says, and exactly where.</summary>
public sealed record Diagnostic(
    string Id,
    Severity Severity,
    string Category,
    string Message,
    TextSpan Span,
    Location Location,
    string? HelpUri,
    Fix? Fix = null)
{
    public override string ToString() => $"{Location.Line}:{Location.Column}: {Severity.ToName()} {Id}: {Message}";
}
