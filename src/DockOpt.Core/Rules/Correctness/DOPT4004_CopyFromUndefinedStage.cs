using System.Globalization;
using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// <c>COPY --from</c> that cannot mean what it says: a stage defined later in the file, a stage index
/// that is not an earlier stage, or a name that is no stage but a near miss of one
/// (<c>--from=buidler</c>), which BuildKit would try to pull as an image. Names that look like
/// images (with <c>/</c>, <c>:</c>, <c>@</c> or <c>.</c>) and names close to no stage are left alone:
/// <c>COPY --from=nginx</c> copies from an image on purpose.
/// </summary>
public sealed class DOPT4004_CopyFromUndefinedStage : Rule
{
    public override string Id => RuleIds.CopyFromUndefinedStage;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Copy || syntax.GetFlag("from")?.Value is not { } word)
        {
            return;
        }

        var expanded = instruction.Expand(word);
        var from = expanded.Value;
        if (!expanded.IsFullyResolved || from.Length == 0)
        {
            return;
        }

        var stages = context.Model.Stages;
        var current = instruction.Stage;
        if (int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            if (index > current.Index)
            {
                context.Report(word.Span, from, index < stages.Count ? "refers to a later stage; COPY --from can only read stages defined before it" : $"is not a stage index: the file has {stages.Count} stages");
            }

            return;
        }

        if (from.IndexOfAny(['/', ':', '@', '.']) >= 0 || stages.Take(current.Index + 1).Any(s => string.Equals(s.Name, from, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        if (stages.Skip(current.Index + 1).Any(s => string.Equals(s.Name, from, StringComparison.OrdinalIgnoreCase)))
        {
            context.Report(word.Span, from, "refers to a stage defined after this one; COPY --from can only read stages defined before it");
            return;
        }

        var earlier = stages.Take(current.Index).Where(s => s.Name is not null).Select(s => s.Name!);
        if (NameSuggestions.Closest(from, earlier, ignoreCase: true) is { } suggestion)
        {
            context.Report(word.Span, from, $"names no stage, so BuildKit pulls it as an image; did you mean '{suggestion}'?");
        }
    }
}
