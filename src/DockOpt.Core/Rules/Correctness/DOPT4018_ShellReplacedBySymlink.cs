using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// <c>ln -s ... /bin/sh</c>: replacing the shell behind the image's back. Every later RUN, and any
/// shell-form CMD, silently runs another shell, and readers (and tools) of the Dockerfile still see
/// <c>/bin/sh</c>. The SHELL instruction says the same thing openly.
/// </summary>
public sealed class DOPT4018_ShellReplacedBySymlink : Rule
{
    public override string Id => RuleIds.ShellReplacedBySymlink;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "ln"))
        {
            var view = command.ParseArguments(["-t", "--target-directory", "-S", "--suffix"]);
            var symbolic = view.Has("-s", "--symbolic");
            var target = view.Positionals.Count >= 2 ? view.Positionals[^1] : null;
            if (symbolic && target?.Value is "/bin/sh" or "/usr/bin/sh")
            {
                context.Report(script.SpanOf(command), view.Positionals[0].Value);
            }
        }
    }
}
