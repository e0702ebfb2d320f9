using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// An ENV pair that uses a variable set by an earlier pair of the same ENV (<c>ENV A=1 B=$A</c>).
/// BuildKit expands every pair with the values from before the instruction, so B gets the old A, or
/// nothing. A pair that extends its own variable (<c>ENV PATH=/opt/bin:$PATH</c>) is fine.
/// </summary>
public sealed class DOPT4011_EnvReferencesItsOwnPair : Rule
{
    public override string Id => RuleIds.EnvReferencesItsOwnPair;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Env || syntax.KeyValues.Count < 2)
        {
            return;
        }

        var pairs = syntax.KeyValues;
        for (var i = 1; i < pairs.Count; i++)
        {
            var value = pairs[i].Value;
            if (value is null)
            {
                continue;
            }

            var earlier = pairs.Take(i).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            foreach (var reference in VariableReferences.Find(value.Raw, context.Syntax.EscapeCharacter).Where(r => earlier.Contains(r.Name)))
            {
                var contiguous = value.Span.Length == value.Raw.Length;
                var span = contiguous ? new TextSpan(value.Span.Start + reference.Start, value.Span.Start + reference.End) : value.Span;
                var before = instruction.Lookup(reference.Name);
                var consequence = instruction.IsDefined(reference.Name)
                    ? before is null ? "still its value from before this ENV" : $"still '{before}', its value from before this ENV"
                    : "empty unless the base image sets it";
                context.Report(span, reference.Name, pairs[i].Name, consequence);
            }
        }
    }
}
