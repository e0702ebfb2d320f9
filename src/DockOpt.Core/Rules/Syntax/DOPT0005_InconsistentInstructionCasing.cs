using DockOpt.Core.Fixes;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// Instruction keywords that do not follow the file's casing: the majority of keywords that are all
/// upper or all lower case decides (a tie goes to upper case); mixed-case keywords (<c>Run</c>) are
/// always reported. Instructions before the first FROM count too.
/// </summary>
public sealed class DOPT0005_InconsistentInstructionCasing : Rule
{
    public override string Id => RuleIds.InconsistentInstructionCasing;

    public override void Finish(RuleContext context)
    {
        var instructions = context.Syntax.Instructions.Where(i => i.Kind != InstructionKind.Unknown).ToList();
        var lower = instructions.Count(i => i.Keyword == i.Keyword.ToLowerInvariant());
        var upper = instructions.Count(i => i.Keyword == i.Keyword.ToUpperInvariant());
        var majorityLower = lower > upper;
        foreach (var instruction in instructions)
        {
            var expected = majorityLower ? instruction.Keyword.ToLowerInvariant() : instruction.Keyword.ToUpperInvariant();
            if (instruction.Keyword != expected)
            {
                var casing = majorityLower ? "lower" : "upper";
                context.Report(instruction.KeywordSpan, Fix.Safe($"Write '{expected}'", new TextEdit(instruction.KeywordSpan, expected)), instruction.Keyword, casing);
            }
        }
    }
}
