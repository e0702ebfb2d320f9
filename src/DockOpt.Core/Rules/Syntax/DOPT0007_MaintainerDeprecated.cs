using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Syntax;

/// <summary>MAINTAINER is deprecated; the OCI label <c>org.opencontainers.image.authors</c> carries the same information.</summary>
public sealed class DOPT0007_MaintainerDeprecated : Rule
{
    public override string Id => RuleIds.MaintainerDeprecated;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Maintainer)
        {
            return;
        }

        var author = syntax.Arguments.Text.Trim();
        if (author.Length >= 2 && author[0] == '"' && author[^1] == '"')
        {
            author = author[1..^1];
        }

        Fix? fix = null;
        if (author.Length > 0 && author.IndexOfAny(['"', '\\', '`', '$', '\n']) < 0)
        {
            fix = Fix.Unsafe(
                "Replace with LABEL org.opencontainers.image.authors",
                new TextEdit(new Text.TextSpan(syntax.KeywordSpan.Start, syntax.ArgumentsSpan.End), $"LABEL org.opencontainers.image.authors=\"{author}\""));
        }

        context.Report(syntax.KeywordSpan, fix);
    }
}
