using System.Globalization;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary><c>COPY --from</c> or <c>RUN --mount=from=</c> naming the stage it is in: a circular dependency that fails the build.</summary>
public sealed class DOPT4005_CopyFromOwnStage : Rule
{
    public override string Id => RuleIds.CopyFromOwnStage;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        var stage = instruction.Stage;
        if (syntax.Kind == InstructionKind.Copy && syntax.GetFlag("from")?.Value is { } word)
        {
            if (IsOwnStage(instruction.Expand(word).Value, stage))
            {
                context.Report(word.Span, syntax.Kind.ToKeyword() + " --from", stage.DisplayName);
            }
        }
        else if (syntax.Kind == InstructionKind.Run)
        {
            foreach (var mount in RunMount.ReadAll(syntax, v => instruction.Expand(v).Value))
            {
                if (mount.From is { } from && IsOwnStage(from, stage))
                {
                    context.Report(mount.Flag.Span, "RUN --mount=from", stage.DisplayName);
                }
            }
        }
    }

    private static bool IsOwnStage(string reference, Stage stage) =>
        (stage.Name is not null && reference.Equals(stage.Name, StringComparison.OrdinalIgnoreCase))
        || (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index == stage.Index);
}
