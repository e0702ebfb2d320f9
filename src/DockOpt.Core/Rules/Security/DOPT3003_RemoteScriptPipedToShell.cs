using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// A script downloaded by curl or wget and run without being checked: piped into a shell or an
/// interpreter reading its program from standard input (<c>curl -fsSL URL | sh</c>,
/// <c>wget -qO- URL | bash</c>, <c>curl URL | python3</c>), or run from a substitution
/// (<c>sh -c "$(curl -fsSL URL)"</c>, <c>bash &lt;(curl -fsSL URL)</c>). A download saved to a file,
/// and a shell with its own <c>-c</c> script reading data on stdin, are not reported.
/// </summary>
public sealed class DOPT3003_RemoteScriptPipedToShell : Rule
{
    public override string Id => RuleIds.RemoteScriptPipedToShell;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var reported = new HashSet<int>();
        foreach (var command in script.Commands)
        {
            if (Downloads.DownloadFeeding(command) is { } download && Downloads.RunsScriptFromStdin(command))
            {
                if (reported.Add(download.Start))
                {
                    Report(context, script, download, command);
                }

                continue;
            }

            if (!command.InSubstitution || !Downloads.WritesToStdout(command))
            {
                continue;
            }

            // sh -c "$(curl ...)", bash <(curl ...), eval "$(curl ...)", . <(curl ...)
            var runner = script.Commands.FirstOrDefault(c => !ReferenceEquals(c, command) && RunsItsArguments(c)
                && c.Words.Skip(1).Any(w => w.Start <= command.Start && command.End <= w.End));
            if (runner is not null && reported.Add(command.Start))
            {
                Report(context, script, command, runner);
            }
        }
    }

    private static bool RunsItsArguments(ShellCommand command) =>
        ProgramNames.IsShell(command.Program) || command.Program is "eval" or "source" or ".";

    private static void Report(RuleContext context, RunScript script, ShellCommand download, ShellCommand runner)
    {
        var first = Math.Min(download.Start, runner.Start);
        var last = Math.Max(download.End, runner.End);
        var span = script.Text.ToSource(first, last);
        context.Report(span, runner.Program, download.Program);
    }
}
