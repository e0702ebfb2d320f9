using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>
/// Follows the CMD and ENTRYPOINT of the stages that ship, as a rule visits them, and tells at the end
/// which ones are in force in the produced image. A rule keeps one as a field, calls <see cref="Visit"/>
/// for every instruction and <see cref="Resolve"/> in its Finish.
/// </summary>
public sealed class ImageStartTracker
{
    private InstructionContext? _cmd;
    private InstructionContext? _entrypoint;

    public void Visit(InstructionContext instruction)
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
                // An ENTRYPOINT drops the CMD inherited from an earlier stage, not one set before it in its own stage.
                if (_cmd is not null && _cmd.Stage != instruction.Stage)
                {
                    _cmd = null;
                }

                _entrypoint = instruction;
                break;
        }
    }

    /// <summary>What the produced image starts; null when neither CMD nor ENTRYPOINT is set by the file.</summary>
    public ImageStart? Resolve()
    {
        if (_cmd is null && _entrypoint is null)
        {
            return null;
        }

        // A shell-form ENTRYPOINT ignores CMD entirely.
        var cmd = _entrypoint is { Instruction.Form: CommandForm.Shell } ? null : _cmd;
        return new ImageStart(_entrypoint, cmd);
    }
}

/// <summary>
/// The ENTRYPOINT and CMD in force in the produced image, and the command lines they run, parsed as
/// shell so that rules can ask which programs start with which options.
/// </summary>
public sealed class ImageStart
{
    private readonly List<StartScript> _scripts = new();

    internal ImageStart(InstructionContext? entrypoint, InstructionContext? cmd)
    {
        Entrypoint = entrypoint;
        Cmd = cmd;

        var entryExec = entrypoint is { Instruction.Form: CommandForm.Exec };
        var cmdExec = cmd is { Instruction.Form: CommandForm.Exec };
        if (entrypoint is not null && cmd is not null && entryExec && cmdExec)
        {
            // ["gunicorn"] + ["--bind", ":8000", "app:app"] run as one argument vector.
            Add(FromExec(entrypoint.Instruction.ExecArguments.Concat(cmd.Instruction.ExecArguments).ToList(), cmd.Instruction.Span.End), entrypoint);
            Add(FromExec(cmd.Instruction.ExecArguments, cmd.Instruction.Span.End), cmd);
        }
        else
        {
            AddOne(entrypoint);
            // After an exec-form ENTRYPOINT (often a script that ends in exec "$@"), the CMD is the real command.
            AddOne(cmd);
        }
    }

    public InstructionContext? Entrypoint { get; }

    public InstructionContext? Cmd { get; }

    /// <summary>The command lines to look at: the ENTRYPOINT and CMD each on their own, and both together when both are JSON arrays.</summary>
    public IReadOnlyList<StartScript> Scripts => _scripts;

    /// <summary>The simple commands of every script, each once per source position.</summary>
    public IEnumerable<(StartScript Script, ShellCommand Command)> Commands =>
        _scripts.SelectMany(s => s.Shell.Commands.Select(c => (Script: s, Command: c)))
            .DistinctBy(p => p.Script.SpanOf(p.Command).Start);

    /// <summary>True when the text of the ENTRYPOINT or CMD names the variable as <c>$NAME</c> or <c>${NAME...}</c>.</summary>
    public bool References(string variable) =>
        new[] { Entrypoint, Cmd }.Any(i => i is not null && VariableReferences.Mentions(i.Instruction.Line.Text, variable));

    private void AddOne(InstructionContext? instruction)
    {
        if (instruction is null)
        {
            return;
        }

        var syntax = instruction.Instruction;
        if (syntax.Form == CommandForm.Exec)
        {
            Add(FromExec(syntax.ExecArguments, syntax.Span.End), instruction);
        }
        else if (instruction.IsPosixShell)
        {
            Add(syntax.Arguments, instruction);
        }
    }

    private void Add(MappedText text, InstructionContext instruction) => _scripts.Add(new StartScript(instruction, text));

    /// <summary>An argument vector as a shell line, each word quoted when needed and mapped back to its JSON string.</summary>
    private static MappedText FromExec(IReadOnlyList<WordSyntax> args, int end)
    {
        var builder = new MappedText.Builder();
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                builder.AppendStandIn(" ", args[i].Span.Start, args[i].Span.Start + 1);
            }

            builder.AppendStandIn(ShellQuote(args[i].Value), args[i].Span.Start, args[i].Span.End);
        }

        return builder.Build(end);
    }

    /// <summary>Single-quotes every word: a JSON string <c>"a b"</c> and its quoted form <c>'a b'</c> have the same length, so spans stay exact.</summary>
    internal static string ShellQuote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}

/// <summary>One command line of <see cref="ImageStart"/>, parsed as shell, with a map back to the file.</summary>
public sealed class StartScript
{
    internal StartScript(InstructionContext instruction, MappedText text)
    {
        Instruction = instruction;
        Text = text;
        Shell = ShellParser.Parse(text.Text);
    }

    /// <summary>The CMD or ENTRYPOINT the text comes from (the ENTRYPOINT for a joined vector).</summary>
    public InstructionContext Instruction { get; }

    public MappedText Text { get; }

    public ShellScript Shell { get; }

    public TextSpan SpanOf(ShellWord word) => Text.ToSource(word.Start, word.End);

    public TextSpan SpanOf(ShellCommand command) => Text.ToSource(command.Start, command.End);
}
