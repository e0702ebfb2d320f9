using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// EXPOSE with an IP address or a host port (<c>EXPOSE 8080:80</c>, <c>EXPOSE 127.0.0.1:80:80</c>).
/// An image can only declare the ports its process listens on; publishing is <c>docker run -p</c>'s
/// job. Docker ignores the host part today and BuildKit announces it will become an error.
/// </summary>
public sealed class DOPT0010_ExposeWithHostMapping : Rule
{
    public override string Id => RuleIds.ExposeWithHostMapping;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Expose)
        {
            return;
        }

        foreach (var word in instruction.Instruction.Words)
        {
            var value = instruction.Expand(word).Value;
            if (value.Contains(':'))
            {
                var container = value[(value.LastIndexOf(':') + 1)..];
                context.Report(word.Span, value, container);
            }
        }
    }
}
