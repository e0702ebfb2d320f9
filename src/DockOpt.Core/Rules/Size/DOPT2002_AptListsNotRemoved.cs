using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>apt-get update</c> fetches package lists (tens of MB) that stay in the layer unless the same
/// RUN deletes <c>/var/lib/apt/lists</c>. A cache or tmpfs mount over the lists also satisfies it;
/// <c>apt-get clean</c> does not, as it leaves the lists. Only stages that ship are checked.
/// The fix appends the removal, unless a later RUN installs without updating: it needs the lists.
/// </summary>
public sealed class DOPT2002_AptListsNotRemoved : Rule
{
    private const string ListsFolder = "/var/lib/apt/lists";

    private readonly List<Candidate> _candidates = new();

    public override string Id => RuleIds.AptListsNotRemoved;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var update = script.Commands.FirstOrDefault(OsPackages.IsAptUpdate);
        if (update is null)
        {
            // An install that relies on lists fetched by an earlier RUN of this stage or its bases.
            if (script.Commands.Any(OsPackages.IsAptInstall))
            {
                foreach (var candidate in _candidates.Where(c => IsSameOrBase(c.Stage, instruction.Stage)))
                {
                    candidate.ListsNeededLater = true;
                }
            }

            return;
        }

        if (!instruction.Stage.Ships || script.HasCacheMountCovering(ListsFolder)
            || script.Commands.Any(c => c.Start > update.Start && RemovesLists(c)))
        {
            return;
        }

        _candidates.Add(new Candidate(instruction.Stage, script, update));
    }

    public override void Finish(RuleContext context)
    {
        foreach (var candidate in _candidates)
        {
            var fix = candidate.ListsNeededLater ? null : AppendRemoval(candidate.Script, context);
            // The span and the message name the command as written (apt or apt-get, without VAR=value prefixes).
            var view = CommandLineView.Parse(candidate.Update.Arguments, KnownOptions.AptGet);
            context.Report(CommandText.Head(candidate.Script, candidate.Update, view), fix, CommandText.Describe(candidate.Update, view));
        }
    }

    private static bool IsSameOrBase(Stage candidate, Stage stage)
    {
        for (var s = stage; s is not null; s = s.BaseStage)
        {
            if (s == candidate)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends <c>&amp;&amp; rm -rf /var/lib/apt/lists/*</c> on a continuation line of its own, indented like the RUN's other lines.</summary>
    private static Fix? AppendRemoval(RunScript script, RuleContext context)
    {
        var run = script.Instruction;
        if (run.Form != CommandForm.Shell || run.Heredocs.Count > 0 || run.Arguments.Text.Contains('#')
            || script.Commands.Count == 0 || script.Commands[^1].After == ShellOperator.Background || script.Shell.Errors.Count > 0)
        {
            return null;
        }

        var source = context.Source;
        var lastLine = source.GetLineText(source.GetPosition(run.Span.End).Line);
        var firstLine = source.GetPosition(run.Span.Start).Line;
        var indent = source.GetPosition(run.Span.End).Line == firstLine
            ? "    "
            : new string(lastLine.TakeWhile(c => c is ' ' or '\t').ToArray());
        var escape = context.Syntax.EscapeCharacter;
        var text = $" {escape}{context.NewLine}{indent}&& rm -rf /var/lib/apt/lists/*";
        return Fix.Safe("Remove the apt lists in the same RUN", new TextEdit(new TextSpan(run.Span.End, run.Span.End), text));
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

    private sealed class Candidate(Stage stage, RunScript script, ShellCommand update)
    {
        public Stage Stage { get; } = stage;

        public RunScript Script { get; } = script;

        public ShellCommand Update { get; } = update;

        public bool ListsNeededLater { get; set; }
    }
}
