using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>
/// A blank line inside an instruction continued with the escape character. BuildKit drops it today
/// with a warning and announces it will become an error; it also hides where an instruction ends.
/// Here-document bodies are not continuation lines and are not looked at.
/// </summary>
public sealed class DOPT0004_EmptyContinuationLine : Rule
{
    public override string Id => RuleIds.EmptyContinuationLine;

    public override void Finish(RuleContext context)
    {
        foreach (var instruction in context.Syntax.Instructions.Where(i => i.HasEmptyContinuationLine))
        {
            var blanks = BlankLines(instruction, context.Source.Text).ToList();
            if (blanks.Count == 0)
            {
                continue;
            }

            var fix = Fix.Safe("Remove the empty continuation lines", blanks.Select(b => new TextEdit(b, string.Empty)).ToArray());
            context.Report(instruction.KeywordSpan, fix, blanks.Count);
        }
    }

    /// <summary>The blank lines (with their line breaks) between the keyword and the end of the instruction's logical line.</summary>
    private static IEnumerable<TextSpan> BlankLines(InstructionSyntax instruction, string text)
    {
        var line = instruction.Line;
        var end = line.Length == 0 ? instruction.KeywordSpan.End : line.ToSource(line.Length - 1) + 1;
        var position = text.IndexOf('\n', instruction.KeywordSpan.Start);
        while (position >= 0 && position + 1 < end)
        {
            var start = position + 1;
            var next = text.IndexOf('\n', start);
            var lineEnd = next < 0 ? text.Length : next;
            if (text.AsSpan(start, lineEnd - start).IsWhiteSpace())
            {
                yield return new TextSpan(start, next < 0 ? lineEnd : next + 1);
            }

            position = next;
        }
    }
}
