using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// <c>COPY --from=stage / /</c> onto a non-empty base: the other stage's whole file system, its
/// <c>/etc/passwd</c>, package database and libraries included, lands on top of this one. On
/// <c>FROM scratch</c> it is the usual way to flatten a stage and is not reported.
/// </summary>
public sealed class DOPT4021_CopyOfWholeFilesystem : Rule
{
    public override string Id => RuleIds.CopyOfWholeFilesystem;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Copy || !syntax.HasFlag("from") || RootIsScratch(instruction.Stage))
        {
            return;
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        if (words.Count < 2 || words[^1].Value != "/")
        {
            return;
        }

        var root = words.Take(words.Count - 1).FirstOrDefault(w => w.Value is "/" or "/.");
        if (root is not null)
        {
            context.Report(root.Span, instruction.Expand(syntax.GetFlag("from")!.Value!).Value);
        }
    }

    private static bool RootIsScratch(Stage stage)
    {
        var s = stage;
        while (s.BaseStage is not null)
        {
            s = s.BaseStage;
        }

        return s.IsScratch;
    }
}
