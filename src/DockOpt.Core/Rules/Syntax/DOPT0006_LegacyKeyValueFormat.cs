using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// <c>ENV key value</c> or <c>LABEL key value</c>: the legacy form, which sets one variable to the
/// whole rest of the line and which BuildKit warns about. <c>key=value</c> says what is meant.
/// </summary>
public sealed class DOPT0006_LegacyKeyValueFormat : Rule
{
    public override string Id => RuleIds.LegacyKeyValueFormat;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is not (InstructionKind.Env or InstructionKind.Label))
        {
            return;
        }

        foreach (var pair in syntax.KeyValues.Where(p => p.IsLegacyForm && p.Value is not null))
        {
            context.Report(pair.Span, CreateFix(pair, context.Source.Text), syntax.Keyword.ToUpperInvariant(), pair.Name);
        }
    }

    /// <summary>Rewrites one-line pairs whose value needs no re-quoting: <c>key value</c> to <c>key=value</c>, <c>key two words</c> to <c>key="two words"</c>.</summary>
    private static Fix? CreateFix(KeyValueSyntax pair, string text)
    {
        var value = pair.Value!;
        var raw = value.Raw;
        if (text.AsSpan(pair.Span.Start, pair.Span.Length).IndexOfAny('\n', '\r') >= 0)
        {
            return null;
        }

        // One double-quoted string stays as it is; anything else with quotes or escapes needs a person.
        var quoted = raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"' && raw[1..^1].IndexOfAny(['"', '\\', '`']) < 0;
        if (!quoted && raw.IndexOfAny(['"', '\'', '\\', '`']) >= 0)
        {
            return null;
        }

        var newValue = !quoted && raw.Any(c => c is ' ' or '\t') ? "\"" + raw + "\"" : raw;
        return Fix.Safe("Write key=value", new TextEdit(new TextSpan(pair.Key.Span.End, value.Span.End), "=" + newValue));
    }
}
