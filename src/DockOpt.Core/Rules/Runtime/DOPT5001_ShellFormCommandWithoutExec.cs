using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// The image's CMD or ENTRYPOINT is in shell form and does not start with <c>exec</c>: the server
/// runs as a child of <c>/bin/sh -c</c>, is not PID 1, and does not receive the SIGTERM the runtime sends.
/// Only the CMD and ENTRYPOINT in force in the produced image are judged.
/// </summary>
public sealed class DOPT5001_ShellFormCommandWithoutExec : Rule
{
    private InstructionContext? _cmd;
    private InstructionContext? _entrypoint;

    public override string Id => RuleIds.ShellFormCommandWithoutExec;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships)
        {
            return;
        }

        switch (instruction.Instruction.Kind)
        {
            case InstructionKind.Cmd:
                _cmd = instruction;
                break;
            case InstructionKind.Entrypoint:
                _entrypoint = instruction;
                // An ENTRYPOINT resets the CMD inherited from a base, but not one set after it in the same stage.
                if (_cmd is not null && _cmd.Stage != instruction.Stage)
                {
                    _cmd = null;
                }

                break;
        }
    }

    public override void Finish(RuleContext context)
    {
        Check(_entrypoint, context);
        if (_entrypoint is null || _entrypoint.Instruction.Form == CommandForm.Exec)
        {
            Check(_cmd, context);
        }
    }

    private static void Check(InstructionContext? instruction, RuleContext context)
    {
        if (instruction is null || instruction.Instruction.Form != CommandForm.Shell || !instruction.IsPosixShell)
        {
            return;
        }

        var syntax = instruction.Instruction;
        var words = syntax.Words;
        if (words.Count == 0 || words[0].Value == "exec")
        {
            return;
        }

        // Prefixing exec is safe only for one simple command: with &&, ; or a pipe, exec would end the script early.
        var lone = !syntax.Arguments.Text.Any(c => c is ';' or '&' or '|' or '\n' or '(' or '`' or '<' or '>');
        var simple = lone && !words[0].Value.Contains('=');

        // bash and BusyBox ash exec a lone command themselves: the program is PID 1 already. Ash also execs
        // the last command of an and-list or sequence (a && b; c).
        var andList = !syntax.Arguments.Text.Replace("&&", string.Empty, StringComparison.Ordinal)
            .Any(c => c is '&' or '|' or '\n' or '(' or '`' or '<' or '>');
        if ((lone && ImageShell.ExecsLoneCommand(instruction)) || (andList && ImageShell.ExecsLastOfList(instruction)))
        {
            return;
        }

        var fix = simple
            ? Fix.Safe("Prefix the command with exec", new TextEdit(new TextSpan(words[0].Span.Start, words[0].Span.Start), "exec "))
            : null;
        context.Report(new TextSpan(syntax.KeywordSpan.Start, syntax.Span.End), fix, syntax.Kind.ToKeyword());
    }
}
