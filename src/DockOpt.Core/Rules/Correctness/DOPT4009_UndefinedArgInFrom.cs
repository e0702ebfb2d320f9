using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A variable in a FROM line (the image or <c>--platform</c>) that is not an ARG declared before the
/// first FROM, nor one of BuildKit's platform arguments: FROM sees nothing else, so it expands to an
/// empty string. <c>${X:-default}</c> and friends, which handle an unset variable, are not reported.
/// </summary>
public sealed class DOPT4009_UndefinedArgInFrom : Rule
{
    public override string Id => RuleIds.UndefinedArgInFrom;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var from = stage.From;
        var words = new List<WordSyntax>();
        if (from.Words.Count > 0)
        {
            words.Add(from.Words[0]);
        }

        if (from.GetFlag("platform")?.Value is { } platform)
        {
            words.Add(platform);
        }

        var declared = context.Model.GlobalArgs.Keys.Concat(context.Options.Model.BuildArgs.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var word in words)
        {
            foreach (var reference in VariableReferences.Find(word.Raw, context.Syntax.EscapeCharacter).Where(r => !r.HandlesUnset).DistinctBy(r => r.Name))
            {
                if (declared.Contains(reference.Name))
                {
                    continue;
                }

                var suggestion = NameSuggestions.Closest(reference.Name, declared);
                var hint = suggestion is null ? "declare it with ARG before the first FROM" : $"did you mean '{suggestion}'?";
                context.Report(word.Span, reference.Name, hint);
            }
        }
    }
}
