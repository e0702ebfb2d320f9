using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// <c>ADD https://...</c> without <c>--checksum</c>: whatever the server returns today goes into the
/// image unchecked. Git sources (<c>.git</c> URLs, <c>git@</c>) are not HTTP downloads and are not reported.
/// </summary>
public sealed class DOPT3004_AddUrlWithoutChecksum : Rule
{
    public override string Id => RuleIds.AddUrlWithoutChecksum;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Add || syntax.HasFlag("checksum"))
        {
            return;
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        foreach (var word in words.Take(words.Count - 1))
        {
            var value = syntax.Form == CommandForm.Exec ? word.Value : instruction.Expand(word).Value;
            if (IsHttpDownload(value))
            {
                context.Report(word.Span, value);
            }
        }
    }

    public static bool IsHttpDownload(string source)
    {
        if (!source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !source.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var path = source.Split('#', 2)[0].Split('?', 2)[0].TrimEnd('/');
        return !path.EndsWith(".git", StringComparison.OrdinalIgnoreCase) && !source.Contains(".git#", StringComparison.OrdinalIgnoreCase);
    }
}
