using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>
/// The shell script a RUN executes — its shell-form line, its here-document bodies, or the
/// <c>sh -c</c> string of an exec form — parsed as POSIX sh, with a map back to the file.
/// </summary>
public sealed class RunScript
{
    private IReadOnlyList<RunMount>? _mounts;

    private RunScript(InstructionContext context, MappedText text)
    {
        Context = context;
        Text = text;
        Shell = ShellParser.Parse(text.Text);
    }

    public InstructionContext Context { get; }

    public InstructionSyntax Instruction => Context.Instruction;

    /// <summary>The script as the shell sees it.</summary>
    public MappedText Text { get; }

    public ShellScript Shell { get; }

    public IReadOnlyList<ShellCommand> Commands => Shell.Commands;

    /// <summary>The RUN's <c>--mount</c> flags, variables expanded.</summary>
    public IReadOnlyList<RunMount> Mounts => _mounts ??= RunMount.ReadAll(Instruction, v => Context.Expand(v).Value);

    public TextSpan SpanOf(ShellWord word) => Text.ToSource(word.Start, word.End);

    public TextSpan SpanOf(ShellCommand command) => Text.ToSource(command.Start, command.End);

    /// <summary>True when a cache or tmpfs mount covers <paramref name="path"/>.</summary>
    public bool HasCacheMountCovering(string path) => Mounts.Any(m => m.IsCacheOrTmpfs && m.Covers(path));

    /// <summary>Reads the script of a RUN; null when it is not run by a POSIX shell (a PowerShell SHELL, a Python heredoc, an exec form of another program).</summary>
    public static RunScript? Create(InstructionContext context, SourceText source)
    {
        var run = context.Instruction;
        if (run.Kind != InstructionKind.Run)
        {
            return null;
        }

        var text = run.Form == CommandForm.Exec ? FromExecForm(run) : FromShellForm(run, context, source);
        return text is null ? null : new RunScript(context, text);
    }

    private static MappedText? FromShellForm(InstructionSyntax run, InstructionContext context, SourceText source)
    {
        if (!context.IsPosixShell)
        {
            return null;
        }

        var builder = new MappedText.Builder();
        var onlyHeredoc = run.Heredocs.Count == 1 && run.Words.Count == 1 && run.Words[0].Span == run.Heredocs[0].MarkerSpan;
        if (onlyHeredoc)
        {
            // RUN <<EOF: the body is the script, unless a shebang names another interpreter.
            var heredoc = run.Heredocs[0];
            if (heredoc.Body.StartsWith("#!", StringComparison.Ordinal) && !IsPosixShebang(heredoc.Body))
            {
                return null;
            }

            AppendLines(builder, source, heredoc.BodySpan, heredoc.StripsTabs);
            return builder.Build(heredoc.BodySpan.End);
        }

        builder.AppendFrom(run.Arguments, 0, run.Arguments.Length);
        foreach (var heredoc in run.Heredocs)
        {
            var end = heredoc.TerminatorSpan?.End ?? heredoc.BodySpan.End;
            builder.AppendStandIn("\n", heredoc.BodySpan.Start, heredoc.BodySpan.Start + 1);
            AppendLines(builder, source, new TextSpan(heredoc.BodySpan.Start, end), stripTabs: false);
        }

        return builder.Build(run.Span.End);
    }

    /// <summary>Appends lines without their carriage returns, so a CRLF file reads like an LF one.</summary>
    private static void AppendLines(MappedText.Builder builder, SourceText source, TextSpan span, bool stripTabs)
    {
        var text = source.Text;
        var position = span.Start;
        while (position < span.End)
        {
            var newline = text.IndexOf('\n', position, span.End - position);
            var lineEnd = newline < 0 ? span.End : newline;
            var contentEnd = lineEnd > position && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            var start = position;
            while (stripTabs && start < contentEnd && text[start] == '\t')
            {
                start++;
            }

            builder.Append(text, start, contentEnd);
            if (newline < 0)
            {
                break;
            }

            builder.AppendStandIn("\n", newline, newline + 1);
            position = newline + 1;
        }
    }

    private static bool IsPosixShebang(string body)
    {
        var firstLine = body.Split('\n', 2)[0][2..].Trim();
        var parts = firstLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var program = parts[0].EndsWith("/env", StringComparison.Ordinal) && parts.Length > 1 ? parts[1] : parts[0];
        program = program[(program.LastIndexOf('/') + 1)..];
        return program is "sh" or "bash" or "dash" or "ash" or "zsh" or "ksh";
    }

    /// <summary>An exec form runs one program; <c>["sh", "-c", "..."]</c> runs a script.</summary>
    private static MappedText FromExecForm(InstructionSyntax run)
    {
        var args = run.ExecArguments;
        var builder = new MappedText.Builder();
        if (args.Count >= 3 && IsShell(args[0].Value) && args[1].Value == "-c")
        {
            builder.AppendStandIn(args[2].Value, args[2].Span.Start + 1, args[2].Span.End - 1);
            return builder.Build(args[2].Span.End);
        }

        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0)
            {
                builder.AppendStandIn(" ", args[i].Span.Start, args[i].Span.Start + 1);
            }

            builder.AppendStandIn(Quote(args[i].Value), args[i].Span.Start, args[i].Span.End);
        }

        return builder.Build(run.Span.End);
    }

    private static bool IsShell(string program)
    {
        var name = program[(program.LastIndexOf('/') + 1)..];
        return name is "sh" or "bash" or "dash" or "ash";
    }

    private static string Quote(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%".Contains(c))
            ? value
            : "'" + value.Replace("'", "'\\''") + "'";
}
