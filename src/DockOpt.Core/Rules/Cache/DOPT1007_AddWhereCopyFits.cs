using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// ADD copies only local files and folders: no URL, no git repository, no archive for it to extract. COPY
/// does exactly that and nothing else, so a reader (and a later edit) cannot be surprised by ADD's extra
/// behaviour. ADD with <c>--checksum</c>, <c>--keep-git-dir</c> or <c>--unpack</c>, and heredocs, are left alone.
/// </summary>
public sealed class DOPT1007_AddWhereCopyFits : Rule
{
    public override string Id => RuleIds.AddWhereCopyFits;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Add || syntax.Heredocs.Count > 0
            || syntax.HasFlag("checksum") || syntax.HasFlag("keep-git-dir") || syntax.HasFlag("unpack"))
        {
            return;
        }

        var sources = ContextCopies.Sources(syntax);
        if (sources.Count == 0)
        {
            return;
        }

        var allFolders = true;
        foreach (var word in sources)
        {
            var expanded = instruction.Expand(word);
            if (!expanded.IsFullyResolved || expanded.Value.Length == 0)
            {
                return;
            }

            var source = expanded.Value;
            if (LayerPaths.IsRemoteSource(source) || source.Contains("://", StringComparison.Ordinal) || LayerPaths.IsTarArchiveName(ImagePaths.FileName(source)))
            {
                return;
            }

            allFolders &= source is "." or "./" || source.EndsWith('/');
        }

        var keyword = syntax.Keyword;
        var replacement = keyword.All(char.IsLower) ? "copy" : keyword.All(char.IsUpper) ? "COPY" : "Copy";
        var edit = new TextEdit(syntax.KeywordSpan, replacement);

        // A folder is copied the same way by both; a single file may be an archive whatever its name, which ADD would extract.
        var fix = allFolders ? Fix.Safe("Use COPY", edit) : Fix.Unsafe("Use COPY", edit);
        context.Report(syntax.KeywordSpan, fix);
    }
}
