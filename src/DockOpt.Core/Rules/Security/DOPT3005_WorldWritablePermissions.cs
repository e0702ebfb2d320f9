using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// Files or folders made writable by every user in a stage that ships: <c>chmod 777</c>,
/// <c>chmod -R a+w</c>, <c>o+w</c>, <c>mkdir -m 777</c>, <c>COPY --chmod=777</c>. Modes with the
/// sticky bit (<c>chmod 1777 /tmp</c>, <c>a+rwxt</c>) are the correct idiom for shared scratch
/// folders and are not reported; neither are group-writable modes (<c>g+w</c>, <c>775</c>).
/// </summary>
public sealed class DOPT3005_WorldWritablePermissions : Rule
{
    public override string Id => RuleIds.WorldWritablePermissions;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (!instruction.Stage.Ships)
        {
            return;
        }

        if (syntax.Kind is InstructionKind.Copy or InstructionKind.Add && syntax.GetFlag("chmod")?.Value is { } chmod)
        {
            var mode = instruction.Expand(chmod).Value;
            if (IsWorldWritable(mode))
            {
                context.Report(chmod.Span, mode);
            }

            return;
        }

        if (syntax.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (Mode(command) is ({ HasExpansion: false } word, var mode) && IsWorldWritable(mode))
            {
                context.Report(script.SpanOf(word), mode);
            }
        }
    }

    /// <summary>The mode of chmod, or of mkdir/install -m, and the word it is written in.</summary>
    private static (ShellWord Word, string Mode)? Mode(ShellCommand command)
    {
        switch (command.Program)
        {
            case "chmod":
                // Symbolic modes such as -w look like options; chmod takes its first operand as the mode.
                foreach (var word in command.Arguments)
                {
                    var value = word.Value;
                    if (value == "--")
                    {
                        return null;
                    }

                    if (value.StartsWith("--", StringComparison.Ordinal) || (value.Length > 1 && value[0] == '-' && value[1..].All(c => c is 'R' or 'f' or 'v' or 'c')))
                    {
                        continue;
                    }

                    return (word, value);
                }

                return null;
            case "mkdir" or "install":
                var view = command.ParseArguments(["-m", "--mode", "-o", "--owner", "-g", "--group", "-t", "--target-directory", "-S", "--suffix", "-Z", "--context"]);
                var option = view.Find("-m", "--mode").LastOrDefault();
                return option?.Value is { } mode ? (option.ValueWord ?? option.Word, mode) : null;
            default:
                return null;
        }
    }

    /// <summary>True for octal modes whose "others" digit has the write bit, and symbolic modes that give o (or a) write access, unless the sticky bit is set.</summary>
    public static bool IsWorldWritable(string mode)
    {
        mode = mode.Trim();
        if (mode.Length is >= 1 and <= 5 && mode.All(c => c is >= '0' and <= '7'))
        {
            var others = mode[^1] - '0';
            var special = mode.Length == 4 || mode.Length == 5 ? mode[^4] - '0' : 0;
            var sticky = (special & 1) != 0;
            return mode.Length >= 3 && (others & 2) != 0 && !sticky;
        }

        var writable = false;
        var sticky2 = false;
        foreach (var clause in mode.Split(','))
        {
            var op = clause.IndexOfAny(['+', '=', '-']);
            if (op < 0 || clause[..op].Any(c => c is not ('u' or 'g' or 'o' or 'a')))
            {
                continue;
            }

            var who = clause[..op];
            var perms = clause[(op + 1)..];
            var others = who.Contains('o') || who.Contains('a');
            if (clause[op] == '-')
            {
                writable &= !(others && perms.Contains('w'));
                continue;
            }

            sticky2 |= perms.Contains('t');
            if (others)
            {
                writable = clause[op] == '=' ? perms.Contains('w') : writable || perms.Contains('w');
            }
        }

        return writable && !sticky2;
    }
}
