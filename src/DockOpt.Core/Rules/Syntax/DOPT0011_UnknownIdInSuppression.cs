using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// A suppression comment that names an id no rule has (<c># dockopt ignore=DOPT1O01</c>) suppresses
/// nothing, silently. A hadolint id counts as known when it has hadolint's shape (DLnnnn, SCnnnn),
/// even where no dockopt rule stands for it; BuildKit check names are not judged.
/// </summary>
public sealed class DOPT0011_UnknownIdInSuppression : Rule
{
    public override string Id => RuleIds.UnknownIdInSuppression;

    public override void Finish(RuleContext context)
    {
        foreach (var comment in Suppressions.Read(context.Syntax).Comments)
        {
            foreach (var id in comment.Ids.Where(i => !i.IsKnown))
            {
                var suggestion = comment.Source == SuppressionSource.DockOpt
                    ? NameSuggestions.Closest(id.Id.ToUpperInvariant(), RuleCatalog.All.Select(r => r.Id))
                    : null;
                context.Report(id.Span, id.Id, suggestion is null ? string.Empty : $"; did you mean {suggestion}?");
            }
        }
    }
}
