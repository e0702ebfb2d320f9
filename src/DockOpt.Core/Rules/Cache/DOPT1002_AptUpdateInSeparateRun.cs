using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// <c>apt-get update</c> runs in a RUN without an install, and a later RUN of the same stage (or a
/// stage built on it) installs: the cached update layer goes stale while the install layer is rebuilt.
/// The fix moves the update into the install's RUN.
/// </summary>
public sealed class DOPT1002_AptUpdateInSeparateRun : Rule
{
    // Stage -> the lone updates still waiting for an install.
    private readonly Dictionary<Stage, List<LoneUpdate>> _loneUpdates = new();
    private readonly HashSet<TextSpan> _reported = new();

    public override string Id => RuleIds.AptUpdateInSeparateRun;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _loneUpdates[stage] = stage.BaseStage is not null && _loneUpdates.TryGetValue(stage.BaseStage, out var inherited)
            ? inherited.Select(u => u with { CrossesStages = true }).ToList()
            : new List<LoneUpdate>();
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var updates = script.Commands.Where(OsPackages.IsAptUpdate).ToList();
        var installs = script.Commands.Where(OsPackages.IsAptInstall).ToList();
        var pending = _loneUpdates[instruction.Stage];
        if (installs.Count > 0 && updates.Count == 0)
        {
            foreach (var update in pending.Where(u => _reported.Add(u.Span)))
            {
                context.Report(update.Span, MoveIntoInstall(update, script, installs[0], context));
            }

            pending.Clear();
        }
        else if (updates.Count > 0 && installs.Count == 0)
        {
            pending.Add(new LoneUpdate(script.SpanOf(updates[0]), script, script.Commands.Count == 1, CrossesStages: false, AptUsedSince: false));
        }
        else if (script.Commands.Any(c => c.Program is "apt-get" or "apt" or "apt-cache" or "dpkg"))
        {
            // Something else reads the lists in between: moving the update would change what it sees.
            for (var i = 0; i < pending.Count; i++)
            {
                pending[i] = pending[i] with { AptUsedSince = true };
            }
        }
    }

    /// <summary>Deletes the RUN that only updates and puts the update before the install, in the same stage.</summary>
    private static Fix? MoveIntoInstall(LoneUpdate update, RunScript install, ShellCommand installCommand, RuleContext context)
    {
        var run = install.Instruction;
        if (!update.IsOnlyCommand || update.CrossesStages || update.AptUsedSince || run.Form != CommandForm.Shell
            || installCommand.InSubstitution || installCommand.IsInPipeline || installCommand.WrappedBy is not null
            || installCommand.Before is not (ShellOperator.None or ShellOperator.And or ShellOperator.Sequence))
        {
            return null;
        }

        var updateRun = update.Script.Instruction;
        var at = install.SpanOf(installCommand).Start;
        return Fix.Safe(
            "Run apt-get update in the RUN that installs",
            new TextEdit(updateRun.FullSpan, string.Empty),
            new TextEdit(new TextSpan(at, at), "apt-get update && "));
    }

    private sealed record LoneUpdate(TextSpan Span, RunScript Script, bool IsOnlyCommand, bool CrossesStages, bool AptUsedSince);
}
