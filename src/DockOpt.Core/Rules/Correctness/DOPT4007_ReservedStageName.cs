using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>A stage named <c>scratch</c> or <c>context</c>, words BuildKit reserves for the empty image and the build context.</summary>
public sealed class DOPT4007_ReservedStageName : Rule
{
    public override string Id => RuleIds.ReservedStageName;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.Name is "scratch" or "context")
        {
            context.Report(stage.From.Words[2].Span, stage.Name);
        }
    }
}
