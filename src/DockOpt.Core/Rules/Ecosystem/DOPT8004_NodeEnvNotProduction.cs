using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// The produced image runs Node.js on a Node.js base image and NODE_ENV is not set, or is set by ENV to
/// another value than <c>production</c>. Many libraries (Express, React's server renderer, logging and
/// ORM libraries) check it to turn off development-only work such as template recompilation and verbose errors.
/// Images whose command is a development server are left to DOPT8005.
/// </summary>
public sealed class DOPT8004_NodeEnvNotProduction : Rule
{
    private (string? Value, TextSpan Span)? _nodeEnv;
    private bool _unknown;

    public override string Id => RuleIds.NodeEnvNotProduction;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Env)
        {
            return;
        }

        foreach (var pair in instruction.Instruction.KeyValues.Where(p => p.Name == "NODE_ENV"))
        {
            var value = pair.Value is null ? null : instruction.Expand(pair.Value);
            _unknown = value is null || !value.IsFullyResolved;
            _nodeEnv = (value?.Value, pair.Span);
        }
    }

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (_unknown || final is null || ImageIntent.IsDevelopmentImage(context.Model) || !NodeImage.IsNodeBase(final.RootImage) || ImageCommand.OfFinalImage(context.Model) is not { } image
            || !NodeImage.RunsNode(image, final.RootImage) || DOPT8005_NodeDevelopmentServer.Find(image) is not null)
        {
            return;
        }

        if (_nodeEnv is null)
        {
            context.Report(image.Instruction.Instruction.KeywordSpan, "is not set");
        }
        else if (_nodeEnv.Value.Value is { } value && value != "production")
        {
            context.Report(_nodeEnv.Value.Span, $"is '{value}'");
        }
    }
}
