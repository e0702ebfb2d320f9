using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>A stage that ships exposes port 22: an SSH server in an application container.</summary>
public sealed class DOPT3010_SshPortExposed : Rule
{
    public override string Id => RuleIds.SshPortExposed;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Expose)
        {
            return;
        }

        foreach (var word in instruction.Instruction.Words)
        {
            var value = instruction.Expand(word).Value.ToLowerInvariant();
            if (value is "22" or "22/tcp")
            {
                context.Report(word.Span);
            }
        }
    }
}
