using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// A HEALTHCHECK in an image whose CMD or ENTRYPOINT serves on <c>$PORT</c>, the contract of Cloud
/// Run and similar platforms. Those platforms (and Kubernetes) never run Docker's HEALTHCHECK: only
/// their own probes decide whether an instance is healthy. Images that do not follow <c>$PORT</c>,
/// where Docker, Compose or Swarm may well use the check, are not reported.
/// </summary>
public sealed class DOPT5004_HealthcheckIgnoredOnCloudRun : Rule
{
    private readonly ImageStartTracker _start = new();
    private InstructionContext? _healthcheck;

    public override string Id => RuleIds.HealthcheckIgnoredOnCloudRun;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _start.Visit(instruction);
        if (instruction.Stage.Ships && instruction.Instruction.Kind == InstructionKind.Healthcheck)
        {
            var words = instruction.Instruction.Words;
            _healthcheck = words.Count > 0 && words[0].Value.Equals("NONE", StringComparison.OrdinalIgnoreCase) ? null : instruction;
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_healthcheck is not null && _start.Resolve() is { } start && start.References("PORT"))
        {
            context.Report(_healthcheck.Instruction.KeywordSpan);
        }
    }
}
