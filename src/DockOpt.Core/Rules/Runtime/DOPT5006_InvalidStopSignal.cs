using System.Globalization;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// A STOPSIGNAL that is not a signal Docker knows (the build fails), or one a process cannot catch:
/// SIGKILL and SIGSTOP leave the server no chance to finish its requests and clean up.
/// </summary>
public sealed class DOPT5006_InvalidStopSignal : Rule
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR",
        "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH",
        "XCPU", "XFSZ", "RTMIN", "RTMAX",
    };

    public override string Id => RuleIds.InvalidStopSignal;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind != InstructionKind.Stopsignal || syntax.Words.Count == 0)
        {
            return;
        }

        var expanded = instruction.Expand(syntax.Words[0]);
        if (!expanded.IsFullyResolved || Problem(expanded.Value) is not { } problem)
        {
            return;
        }

        context.Report(syntax.Words[0].Span, expanded.Value, problem);
    }

    /// <summary>Why the signal cannot stop a container gracefully, or null when it can.</summary>
    public static string? Problem(string signal)
    {
        if (ulong.TryParse(signal, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number switch
            {
                0 => "0 is not a signal, so the build fails",
                9 => "SIGKILL cannot be caught, so the process gets no chance to shut down cleanly",
                19 => "SIGSTOP cannot be caught and only pauses the process; it is killed when the stop times out",
                _ => null,
            };
        }

        var name = signal.ToUpperInvariant();
        name = name.StartsWith("SIG", StringComparison.Ordinal) ? name[3..] : name;
        if (name == "KILL")
        {
            return "SIGKILL cannot be caught, so the process gets no chance to shut down cleanly";
        }

        if (name == "STOP")
        {
            return "SIGSTOP cannot be caught and only pauses the process; it is killed when the stop times out";
        }

        if (Names.Contains(name) || IsRealtime(name))
        {
            return null;
        }

        return "Docker knows no such signal, so the build fails";
    }

    /// <summary>SIGRTMIN+1 to +15 and SIGRTMAX-1 to -15, as Docker's signal table names them.</summary>
    private static bool IsRealtime(string name)
    {
        foreach (var prefix in new[] { "RTMIN+", "RTMAX-" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(name[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var offset) && offset is >= 1 and <= 15)
            {
                return true;
            }
        }

        return false;
    }
}
