using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>Two stages with the same name (compared in lower case, as BuildKit does): references reach only one of them.</summary>
public sealed class DOPT4006_DuplicateStageName : Rule
{
    private readonly Dictionary<string, Stage> _seen = new(StringComparer.Ordinal);

    public override string Id => RuleIds.DuplicateStageName;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.Name is null)
        {
            return;
        }

        if (_seen.TryGetValue(stage.Name, out var first))
        {
            var line = context.Source.GetLocation(first.From.KeywordSpan).Line;
            context.Report(stage.From.Words[2].Span, stage.Name, line);
        }
        else
        {
            _seen[stage.Name] = stage;
        }
    }
}
