using DockOpt.Core.Text;

namespace DockOpt.Core.Diagnostics;

/// <summary>A problem the parser found and recovered from; reported as DOPT0001.</summary>
public sealed record SyntaxError(TextSpan Span, string Message);
