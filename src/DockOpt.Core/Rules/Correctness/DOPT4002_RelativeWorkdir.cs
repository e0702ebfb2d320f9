using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// The first WORKDIR of a stage (and of the stages it is built on) is a relative path, after ARG and
/// ENV expansion: where it lands depends on the base image's working directory. Later relative
/// WORKDIRs build on an absolute one and are fine; a path that cannot be expanded is not judged.
/// </summary>
public sealed class DOPT4002_RelativeWorkdir : Rule
{
    public override string Id => RuleIds.RelativeWorkdir;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Workdir || instruction.Workdir is not null || syntax.Words.Count == 0)
        {
            return;
        }

        var expanded = instruction.Expand(syntax.Arguments.Text);
        if (!expanded.IsFullyResolved || IsAbsolute(expanded.Value))
        {
            return;
        }

        var word = syntax.Words[0];
        Fix? fix = syntax.Words.Count == 1 && word.Raw == word.Value && !word.Raw.Contains('$')
            ? Fix.Unsafe("Make the path absolute", new TextEdit(new TextSpan(word.Span.Start, word.Span.Start), "/"))
            : null;
        context.Report(syntax.ArgumentsSpan, fix, expanded.Value);
    }

    /// <summary>Unix absolute paths, and Windows ones: <c>C:\app</c>, <c>C:/app</c>, <c>\app</c>.</summary>
    public static bool IsAbsolute(string path) =>
        path.StartsWith('/') || path.StartsWith('\\') || (path.Length >= 2 && char.IsAsciiLetter(path[0]) && path[1] == ':');
}
