using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>An EXPOSE port whose protocol is not lower case (<c>80/TCP</c>); Docker expects <c>tcp</c>, <c>udp</c> or <c>sctp</c>.</summary>
public sealed class DOPT0008_ExposeProtocolCasing : Rule
{
    public override string Id => RuleIds.ExposeProtocolCasing;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Expose)
        {
            return;
        }

        foreach (var word in instruction.Instruction.Words)
        {
            var value = instruction.Expand(word).Value;
            var slash = value.LastIndexOf('/');
            if (slash < 0)
            {
                continue;
            }

            var protocol = value[(slash + 1)..];
            if (protocol == protocol.ToLowerInvariant())
            {
                continue;
            }

            Fix? fix = null;
            var rawSlash = word.Raw.LastIndexOf('/');
            if (word.Raw == word.Value && rawSlash >= 0)
            {
                var start = word.Span.Start + rawSlash + 1;
                fix = Fix.Safe($"Write '{protocol.ToLowerInvariant()}'", new TextEdit(new TextSpan(start, word.Span.End), protocol.ToLowerInvariant()));
            }

            context.Report(word.Span, fix, value, protocol.ToLowerInvariant());
        }
    }
}
