using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>Spans and short descriptions of the commands a RUN executes, for reporting.</summary>
public static class CommandText
{
    /// <summary>The span from the start of <paramref name="first"/> to the end of <paramref name="last"/>.</summary>
    public static TextSpan Span(RunScript script, ShellWord first, ShellWord last) =>
        new(script.SpanOf(first).Start, script.SpanOf(last).End);

    /// <summary>The span from the command's first word to its subcommand (<c>npm install</c>), or the first word alone.</summary>
    public static TextSpan Head(RunScript script, ShellCommand command, CommandLineView view) =>
        view.Positionals.Count > 0 ? Span(script, command.Words[0], view.Positionals[0]) : script.SpanOf(command.Words[0]);

    /// <summary>The span from the command's first word to its second positional when the subcommand is one of <paramref name="groups"/> (<c>conda env create</c>), else to the subcommand.</summary>
    public static TextSpan Head(RunScript script, ShellCommand command, CommandLineView view, params string[] groups) =>
        LastHeadWord(view, groups) is { } last ? Span(script, command.Words[0], last) : script.SpanOf(command.Words[0]);

    /// <summary><see cref="Describe(ShellCommand, ShellWord?)"/> up to the word <see cref="Head(RunScript, ShellCommand, CommandLineView, string[])"/> ends at.</summary>
    public static string Describe(ShellCommand command, CommandLineView view, params string[] groups) =>
        Describe(command, LastHeadWord(view, groups));

    private static ShellWord? LastHeadWord(CommandLineView view, string[] groups) =>
        view.Positionals.Count > 1 && groups.Contains(view.Subcommand) ? view.Positionals[1] : view.Positionals.FirstOrDefault();

    /// <summary>The words from the first to <paramref name="last"/> as written, the program shortened to its name: <c>pip install</c>.</summary>
    public static string Describe(ShellCommand command, ShellWord? last = null)
    {
        var words = command.Words;
        var end = last is null ? 1 : Math.Max(1, words.ToList().IndexOf(last) + 1);
        return string.Join(' ', words.Take(end).Select((w, i) => i == 0 ? ProgramNames.Basename(w.Value) : w.Value));
    }

    /// <summary><see cref="Describe(ShellCommand, ShellWord?)"/> up to the subcommand.</summary>
    public static string Describe(ShellCommand command, CommandLineView view) =>
        Describe(command, view.Positionals.Count > 0 ? view.Positionals[0] : null);

    /// <summary>True when the command, a wrapper around it (<c>env</c>, <c>sudo</c>), or an <c>export</c> earlier in the script sets <paramref name="name"/>.</summary>
    public static bool SetsVariable(RunScript script, ShellCommand command, string name) =>
        VariableValue(script, command, name) is not null;

    /// <summary>The value the script gives <paramref name="name"/> for <paramref name="command"/>: an inline assignment, one given to a wrapper, or an earlier <c>export</c>; null when it sets none.</summary>
    public static string? VariableValue(RunScript script, ShellCommand command, string name)
    {
        var prefix = name + "=";
        for (var c = command; c is not null; c = c.WrappedBy)
        {
            foreach (var word in c.Assignments.Concat(c.Program == "env" ? c.Arguments : []))
            {
                if (word.Value.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return word.Value[prefix.Length..];
                }
            }
        }

        string? exported = null;
        foreach (var other in script.Commands.Where(c => c.End <= command.Start))
        {
            if (other.Program == "export")
            {
                foreach (var word in other.Arguments)
                {
                    if (word.Value.StartsWith(prefix, StringComparison.Ordinal))
                    {
                        exported = word.Value[prefix.Length..];
                    }
                }
            }
        }

        return exported;
    }

    /// <summary>The value of an environment variable when the command runs: the script's own setting, else ENV or ARG. Null when unset; empty when set to an unknown value.</summary>
    public static string? Environment(RunScript script, ShellCommand command, string name)
    {
        if (VariableValue(script, command, name) is { } inline)
        {
            return inline;
        }

        var context = script.Context;
        return context.IsDefined(name) ? context.Lookup(name) ?? string.Empty : null;
    }

    /// <summary>True for the values tools read as "on": 1, true, yes, on (any case).</summary>
    public static bool IsTruthy(string? value) =>
        value is not null && value.Trim().ToLowerInvariant() is "1" or "true" or "yes" or "on" or "y";

    /// <summary>The instruction's context variable, or null when not defined; empty when defined without a known value.</summary>
    public static string? Defined(InstructionContext context, string name) =>
        context.IsDefined(name) ? context.Lookup(name) ?? string.Empty : null;
}
