using System.Globalization;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// An EXPOSE value Docker cannot read: a port outside 0–65535, a range whose start is past its end,
/// a protocol other than tcp, udp or sctp, or no number at all. Values that cannot be expanded are
/// not judged; host mappings (<c>80:80</c>) are DOPT0010's.
/// </summary>
public sealed class DOPT4012_InvalidExposedPort : Rule
{
    public override string Id => RuleIds.InvalidExposedPort;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Expose)
        {
            return;
        }

        foreach (var word in instruction.Instruction.Words)
        {
            var expanded = instruction.Expand(word);
            if (expanded.IsFullyResolved && !expanded.Value.Contains(':') && Problem(expanded.Value) is { } problem)
            {
                context.Report(word.Span, expanded.Value, problem);
            }
        }
    }

    /// <summary>What is wrong with <c>port[-port][/protocol]</c>, or null.</summary>
    public static string? Problem(string value)
    {
        var slash = value.IndexOf('/');
        var ports = slash < 0 ? value : value[..slash];
        if (slash >= 0 && value[(slash + 1)..].ToLowerInvariant() is not ("tcp" or "udp" or "sctp"))
        {
            return $"the protocol must be tcp, udp or sctp, not '{value[(slash + 1)..]}'";
        }

        var dash = ports.IndexOf('-');
        var first = dash < 0 ? ports : ports[..dash];
        var last = dash < 0 ? ports : ports[(dash + 1)..];
        if (!TryPort(first, out var start) || !TryPort(last, out var end))
        {
            return first.Length > 0 && first.All(char.IsAsciiDigit) && last.All(char.IsAsciiDigit) && last.Length > 0
                ? "ports range from 0 to 65535"
                : "a port is a number, or a range such as 8000-8010";
        }

        return start > end ? "the range starts after it ends" : null;
    }

    private static bool TryPort(string text, out int port) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out port) && port <= 65535;
}
