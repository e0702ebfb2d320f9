using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Syntax;

/// <summary><c>FROM --platform=$TARGETPLATFORM</c>: the target platform is what FROM uses anyway, so the flag says nothing.</summary>
public sealed class DOPT0009_RedundantTargetPlatform : Rule
{
    public override string Id => RuleIds.RedundantTargetPlatform;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var from = stage.From;
        var flag = from.GetFlag("platform");
        if (flag?.Value is null || from.Words.Count == 0)
        {
            return;
        }

        var value = WordLexer.Unquote(flag.Value.Raw, context.Syntax.EscapeCharacter).Trim();
        if (value is not ("$TARGETPLATFORM" or "${TARGETPLATFORM}"))
        {
            return;
        }

        var fix = Fix.Safe("Remove --platform", new TextEdit(new TextSpan(flag.Span.Start, from.Words[0].Span.Start), string.Empty));
        context.Report(flag.Span, fix, flag.Value.Raw);
    }
}
