using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>apt-get update</c> fetches package lists (tens of MB) that stay in the layer unless the same
/// RUN deletes <c>/var/lib/apt/lists</c>. A cache or tmpfs mount over the lists also satisfies it;
/// <c>apt-get clean</c> does not, as it leaves the lists. Only stages that ship are checked.
/// </summary>
public sealed class DOPT2002_AptListsNotRemoved : Rule
{
    private const string ListsFolder = "/var/lib/apt/lists";

    public override string Id => RuleIds.AptListsNotRemoved;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script || script.HasCacheMountCovering(ListsFolder))
        {
            return;
        }

        var update = script.Commands.FirstOrDefault(OsPackages.IsAptUpdate);
        if (update is null)
        {
            return;
        }

        var removed = script.Commands.Any(c => c.Start > update.Start && RemovesLists(c));
        if (!removed)
        {
            context.Report(script.SpanOf(update));
        }
    }

    /// <summary><c>rm -rf /var/lib/apt/lists/*</c> and its spellings (with or without the star, a trailing slash, or the whole /var/lib/apt).</summary>
    private static bool RemovesLists(ShellCommand command)
    {
        if (command.Program != "rm")
        {
            return false;
        }

        var view = CommandLineView.Parse(command.Arguments);
        if (!view.Has("-r", "-R", "--recursive"))
        {
            return false;
        }

        return view.Positionals.Any(p =>
        {
            var path = p.Value.TrimEnd('*').TrimEnd('/');
            return path is ListsFolder or "/var/lib/apt" || path.StartsWith(ListsFolder + "/", StringComparison.Ordinal) && p.Value.EndsWith('*');
        });
    }
}
