using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// COPY or ADD takes a virtual environment (<c>.venv</c> or <c>venv</c>) from the build context. A virtual
/// environment is bound to the interpreter that made it: its <c>bin/python</c> is a link to the host's Python and
/// its scripts start with the host's path, so in the image it is broken or silently uses another interpreter.
/// When the host knows the build context, only folders holding a <c>pyvenv.cfg</c> are reported.
/// </summary>
public sealed class DOPT6006_VirtualenvCopiedFromContext : Rule
{
    public override string Id => RuleIds.VirtualenvCopiedFromContext;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        foreach (var (word, source) in ContextCopies.ResolvedSources(instruction))
        {
            var isVirtualenv = ImagePaths.FileName(source) is ".venv" or "venv"
                && (context.Options.BuildContext is not { } buildContext || buildContext.FileExists(Path.Combine(source, "pyvenv.cfg")));
            if (isVirtualenv)
            {
                context.Report(word.Span, source);
            }
        }
    }
}
