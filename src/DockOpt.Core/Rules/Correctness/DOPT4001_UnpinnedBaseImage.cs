using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A stage starts from an image without a tag or with <c>latest</c>, after ARG expansion: the build
/// changes whenever the image's publisher moves the tag. Digests, earlier stages and scratch are fine.
/// </summary>
public sealed class DOPT4001_UnpinnedBaseImage : Rule
{
    public override string Id => RuleIds.UnpinnedBaseImage;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.BaseImage is not { } image || image.IsScratch || image.HasDigest)
        {
            return;
        }

        if (image.Tag is null)
        {
            context.Report(stage.From.Words[0].Span, image.Text, "has no tag, so it means 'latest'");
        }
        else if (image.Tag.IsLatest)
        {
            context.Report(stage.From.Words[0].Span, image.Text, "uses the moving 'latest' tag");
        }
    }
}
