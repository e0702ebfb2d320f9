using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A CMD, ENTRYPOINT or HEALTHCHECK followed by another of the same kind in the same stage: only the
/// last one takes effect, so the earlier one is dead text. Repeats in different stages are normal
/// (a builder's CMD and the final stage's) and are not reported.
/// </summary>
public sealed class DOPT4008_InstructionOverriddenInStage : Rule
{
    private readonly Dictionary<InstructionKind, InstructionContext> _last = new();
    private Stage? _stage;

    public override string Id => RuleIds.InstructionOverriddenInStage;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _stage = stage;
        _last.Clear();
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var kind = instruction.Instruction.Kind;
        if (kind is not (InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Healthcheck) || instruction.Stage != _stage)
        {
            return;
        }

        if (_last.TryGetValue(kind, out var earlier))
        {
            var syntax = earlier.Instruction;
            var line = context.Source.GetLocation(instruction.Instruction.KeywordSpan).Line;
            var fix = Fix.Safe($"Remove the overridden {kind.ToKeyword()}", new TextEdit(syntax.FullSpan, string.Empty));
            context.Report(syntax.KeywordSpan, fix, kind.ToKeyword(), line);
        }

        _last[kind] = instruction;
    }
}
