using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>
/// What the produced image runs: the ENTRYPOINT and CMD in force in the final stage (its own, or inherited
/// from the stages it is built on), joined the way Docker joins them and read as shell commands, with a map
/// back to the file. An exec-form ENTRYPOINT takes the CMD as its arguments; a shell-form one ignores it.
/// </summary>
public sealed class ImageCommand
{
    private static readonly HashSet<string> InitWrappers = new(StringComparer.Ordinal)
    {
        "tini", "tini-static", "dumb-init", "catatonit",
    };

    private ImageCommand(InstructionContext? entrypoint, InstructionContext? cmd, MappedText text)
    {
        Entrypoint = entrypoint;
        Cmd = cmd;
        Text = text;
        Shell = ShellParser.Parse(text.Text);
    }

    /// <summary>The ENTRYPOINT in force, if any.</summary>
    public InstructionContext? Entrypoint { get; }

    /// <summary>The CMD in force, if any (null when a shell-form ENTRYPOINT makes it irrelevant).</summary>
    public InstructionContext? Cmd { get; }

    /// <summary>The instruction that names what runs: the CMD when there is one, else the ENTRYPOINT.</summary>
    public InstructionContext Instruction => Cmd ?? Entrypoint!;

    public MappedText Text { get; }

    public ShellScript Shell { get; }

    public IReadOnlyList<ShellCommand> Commands => Shell.Commands;

    public TextSpan SpanOf(ShellWord word) => Text.ToSource(word.Start, word.End);

    public TextSpan SpanOf(ShellCommand command) => Text.ToSource(command.Start, command.End);

    /// <summary>
    /// The words a command starts once init wrappers (<c>tini --</c>, <c>dumb-init</c>) and entrypoint scripts that
    /// hand over to their arguments (<c>docker-entrypoint.sh node app.js</c>) are skipped.
    /// </summary>
    public static IReadOnlyList<ShellWord> Launched(ShellCommand command)
    {
        var words = command.Words;
        var i = 0;
        while (i < words.Count)
        {
            var name = ProgramNames.Basename(words[i].Value);
            if (InitWrappers.Contains(name))
            {
                i++;
                while (i < words.Count && words[i].Value.StartsWith('-'))
                {
                    var dashes = words[i].Value == "--";
                    i++;
                    if (dashes)
                    {
                        break;
                    }
                }

                continue;
            }

            if (name.Contains("entrypoint", StringComparison.OrdinalIgnoreCase) && i + 1 < words.Count)
            {
                i++;
                continue;
            }

            break;
        }

        return words.Skip(i).ToList();
    }

    /// <summary>The command of the image the build produces; null when no stage it is built from sets CMD or ENTRYPOINT, or the shell is not POSIX.</summary>
    public static ImageCommand? OfFinalImage(DockerfileModel model)
    {
        if (model.FinalStage is null)
        {
            return null;
        }

        var chain = new List<Stage>();
        for (var stage = model.FinalStage; stage is not null; stage = stage.BaseStage)
        {
            chain.Insert(0, stage);
        }

        InstructionContext? cmd = null;
        InstructionContext? entrypoint = null;
        foreach (var instruction in chain.SelectMany(s => s.Instructions))
        {
            var context = model.GetContext(instruction)!;
            if (instruction.Kind == InstructionKind.Cmd)
            {
                cmd = context;
            }
            else if (instruction.Kind == InstructionKind.Entrypoint)
            {
                // An ENTRYPOINT resets a CMD inherited from a base stage, not one set after it in the same stage.
                if (cmd is not null && cmd.Stage != context.Stage)
                {
                    cmd = null;
                }

                entrypoint = context;
            }
        }

        return Create(entrypoint, cmd, model.Syntax.Source);
    }

    private static ImageCommand? Create(InstructionContext? entrypoint, InstructionContext? cmd, SourceText source)
    {
        if (entrypoint is null && cmd is null)
        {
            return null;
        }

        var builder = new MappedText.Builder();
        if (entrypoint is not null && entrypoint.Instruction.Form == CommandForm.Shell)
        {
            if (!entrypoint.IsPosixShell)
            {
                return null;
            }

            builder.AppendFrom(entrypoint.Instruction.Arguments, 0, entrypoint.Instruction.Arguments.Length);
            return new ImageCommand(entrypoint, null, builder.Build(entrypoint.Instruction.Span.End));
        }

        var end = 0;
        foreach (var part in new[] { entrypoint, cmd })
        {
            if (part is null)
            {
                continue;
            }

            var syntax = part.Instruction;
            end = Math.Max(end, syntax.Span.End);
            if (syntax.Form == CommandForm.Exec)
            {
                AppendExec(builder, syntax.ExecArguments, source);
            }
            else if (syntax.Form == CommandForm.Shell && part.IsPosixShell)
            {
                AppendSeparator(builder, syntax.Arguments.ToSource(0));
                builder.AppendFrom(syntax.Arguments, 0, syntax.Arguments.Length);
            }
            else
            {
                return null;
            }
        }

        return new ImageCommand(entrypoint, cmd, builder.Build(end));
    }

    private static void AppendExec(MappedText.Builder builder, IReadOnlyList<WordSyntax> args, SourceText source)
    {
        // ["sh", "-c", "script"]: the script is what runs.
        if (builder.Length == 0 && args.Count >= 3 && ProgramNames.IsShell(args[0].Value) && args[1].Value == "-c")
        {
            builder.AppendStandIn(args[2].Value, args[2].Span.Start + 1, args[2].Span.End - 1);
            return;
        }

        foreach (var arg in args)
        {
            AppendSeparator(builder, arg.Span.Start);
            var quoted = Quote(arg.Value);
            var span = arg.Span;
            if (quoted == arg.Value && span.Length == arg.Value.Length + 2 && source.Text.AsSpan(span.Start + 1, arg.Value.Length).SequenceEqual(arg.Value))
            {
                // A JSON string without escapes: its characters map one to one.
                builder.Append(source.Text, span.Start + 1, span.End - 1);
            }
            else
            {
                builder.AppendStandIn(quoted, span.Start, span.End);
            }
        }
    }

    private static void AppendSeparator(MappedText.Builder builder, int at)
    {
        if (builder.Length > 0)
        {
            builder.AppendStandIn(" ", at, at + 1);
        }
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c))
            ? value
            : "'" + value.Replace("'", "'\\''") + "'";
}
