using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A RUN that does nothing but <c>cd</c>: each RUN starts a new shell in the WORKDIR, so the change
/// of directory is lost when the RUN ends. <c>cd</c> followed by work in the same RUN is fine.
/// </summary>
public sealed class DOPT4020_RunOnlyChangesDirectory : Rule
{
    public override string Id => RuleIds.RunOnlyChangesDirectory;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script
            || script.Commands.Count == 0 || script.Commands.Any(c => c.Program != "cd"))
        {
            return;
        }

        Fix? fix = null;
        var cd = script.Commands[0];
        if (script.Commands.Count == 1 && cd.Arguments.Count == 1 && cd.Arguments[0].IsLiteral && cd.Arguments[0].Value.StartsWith('/')
            && syntax.Flags.Count == 0 && syntax.Heredocs.Count == 0 && syntax.Form == CommandForm.Shell)
        {
            fix = Fix.Unsafe("Replace with WORKDIR", new TextEdit(new TextSpan(syntax.KeywordSpan.Start, syntax.Span.End), "WORKDIR " + cd.Arguments[0].Value));
        }

        context.Report(new TextSpan(syntax.KeywordSpan.Start, syntax.Span.End), fix);
    }
}
