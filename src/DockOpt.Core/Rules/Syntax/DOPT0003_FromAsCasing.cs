using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// The <c>AS</c> of a FROM line is not cased like its <c>FROM</c> keyword (<c>FROM x as y</c>,
/// <c>from x AS y</c>). A mixed-case FROM is left to DOPT0005.
/// </summary>
public sealed class DOPT0003_FromAsCasing : Rule
{
    public override string Id => RuleIds.FromAsCasing;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var from = stage.From;
        if (from.Words.Count != 3)
        {
            return;
        }

        var keyword = from.Keyword;
        string expected;
        if (keyword == keyword.ToUpperInvariant())
        {
            expected = "AS";
        }
        else if (keyword == keyword.ToLowerInvariant())
        {
            expected = "as";
        }
        else
        {
            return;
        }

        var word = from.Words[1];
        if (word.Raw != expected && word.Raw.Equals("as", StringComparison.OrdinalIgnoreCase))
        {
            context.Report(word.Span, Fix.Safe($"Write '{expected}'", new TextEdit(word.Span, expected)), word.Raw, keyword, expected);
        }
    }
}
