using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// COPY or ADD with more than one source (here-documents included) whose destination does not end
/// with <c>/</c>. The Dockerfile reference requires a directory written with a trailing slash.
/// <c>.</c> and <c>..</c> are directories already; a destination that cannot be expanded is not judged.
/// </summary>
public sealed class DOPT4003_SeveralSourcesWithoutDirectoryDestination : Rule
{
    public override string Id => RuleIds.SeveralSourcesWithoutDirectoryDestination;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is not (InstructionKind.Copy or InstructionKind.Add))
        {
            return;
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        if (words.Count < 3)
        {
            return;
        }

        var destination = words[^1];
        var expanded = syntax.Form == CommandForm.Exec ? new ExpandedWord(destination.Value, []) : instruction.Expand(destination);
        var value = expanded.Value;
        if (!expanded.IsFullyResolved || value.EndsWith('/') || value.EndsWith('\\') || value is "." or ".." || value.EndsWith("/.", StringComparison.Ordinal))
        {
            return;
        }

        Fix? fix = syntax.Form != CommandForm.Exec && destination.Raw == destination.Value
            ? Fix.Unsafe("Add a trailing slash", new TextEdit(new TextSpan(destination.Span.End, destination.Span.End), "/"))
            : null;
        context.Report(destination.Span, fix, syntax.Kind.ToKeyword(), words.Count - 1, value);
    }
}
