using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// <c>FROM --platform=linux/amd64</c> with a constant: the stage is built for that platform whatever
/// <c>docker build --platform</c> asks for, so multi-platform builds silently produce the wrong
/// architecture. Variables (<c>$BUILDPLATFORM</c>) and stages whose name mentions the OS or
/// architecture (<c>AS build-amd64</c>) are deliberate and not reported.
/// </summary>
public sealed class DOPT4015_ConstantFromPlatform : Rule
{
    public override string Id => RuleIds.ConstantFromPlatform;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var flag = stage.From.GetFlag("platform");
        if (flag?.Value is not { } value || value.Raw.Contains('$'))
        {
            return;
        }

        var parts = value.Value.Split('/');
        if (parts.Length is < 2 or > 3 || parts.Any(p => p.Length == 0 || !p.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '.')))
        {
            return;
        }

        var name = stage.Name ?? string.Empty;
        if (name.Contains(parts[0], StringComparison.OrdinalIgnoreCase) || name.Contains(parts[1], StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        context.Report(flag.Span, value.Value);
    }
}
