using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// <c>apt-get update</c> runs in a RUN without an install, and a later RUN of the same stage (or a
/// stage built on it) installs: the cached update layer goes stale while the install layer is rebuilt.
/// </summary>
public sealed class DOPT1002_AptUpdateInSeparateRun : Rule
{
    // Stage -> the lone update spans still waiting for an install.
    private readonly Dictionary<Stage, List<TextSpan>> _loneUpdates = new();
    private readonly HashSet<TextSpan> _reported = new();

    public override string Id => RuleIds.AptUpdateInSeparateRun;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _loneUpdates[stage] = stage.BaseStage is not null && _loneUpdates.TryGetValue(stage.BaseStage, out var inherited)
            ? new List<TextSpan>(inherited)
            : new List<TextSpan>();
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
            foreach (var span in pending.Where(_reported.Add))
            {
                context.Report(span);
            }

            pending.Clear();
        }
        else if (updates.Count > 0 && installs.Count == 0)
        {
            pending.Add(script.SpanOf(updates[0]));
        }
    }
}
