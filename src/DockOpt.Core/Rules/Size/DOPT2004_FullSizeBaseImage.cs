using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Knowledge;
using DockOpt.Core.Semantics;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// The shipped image starts from a full-size official image where an official slim variant
/// exists (<c>python:3.12</c> instead of <c>python:3.12-slim</c>), judged after ARG expansion.
/// </summary>
public sealed class DOPT2004_FullSizeBaseImage : Rule
{
    public override string Id => RuleIds.FullSizeBaseImage;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        // Only the stage whose FROM names the image at the root of the shipped image.
        if (!stage.Ships || stage.BaseImage is not { } image || BaseImageKnowledge.SuggestSlim(image) is not { } suggestion
            || ImageIntent.IsDevelopmentImage(context.Model))
        {
            return;
        }

        var word = stage.From.Words[0];
        var suggested = $"{image.Repository}:{suggestion.SlimTag}";
        var saved = BaseImageKnowledge.FormatMegabytes(suggestion.Sizes.FullMB - suggestion.Sizes.SlimMB);
        Fix? fix = null;
        if (word.Raw == word.Value && word.Value == image.Text)
        {
            // Only a literal image can be rewritten; an ARG-built reference is left to the user.
            fix = Fix.Unsafe($"Use {suggested}", new TextEdit(word.Span, suggested));
        }

        context.Report(word.Span, fix, image.Text, suggested, saved, suggestion.Sizes.FullTag, suggestion.Sizes.SlimTag);
    }
}
