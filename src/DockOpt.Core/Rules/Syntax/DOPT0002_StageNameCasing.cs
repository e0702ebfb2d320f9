using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// A stage name with upper-case letters. BuildKit compares stage names in lower case, so
/// <c>AS Builder</c> and <c>--from=builder</c> are the same stage and the capitals only mislead.
/// </summary>
public sealed class DOPT0002_StageNameCasing : Rule
{
    public override string Id => RuleIds.StageNameCasing;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var words = stage.From.Words;
        if (words.Count != 3 || !words[2].Value.Any(char.IsUpper))
        {
            return;
        }

        var word = words[2];
        var lower = word.Value.ToLowerInvariant();
        var fix = word.Raw == word.Value ? Fix.Safe($"Rename the stage to '{lower}'", new TextEdit(word.Span, lower)) : null;
        context.Report(word.Span, fix, word.Value, lower);
    }
}
