using System.Text.RegularExpressions;
using DockOpt.Core.Shell;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// <c>$NAME</c> or <c>${NAME}</c> in a JSON-array (exec form) CMD, ENTRYPOINT, HEALTHCHECK or RUN:
/// no shell runs, so the program receives the text <c>$PORT</c> literally. Arrays that start a shell
/// with <c>-c</c> (<c>["sh", "-c", "exec app --port $PORT"]</c>), a CMD under such an ENTRYPOINT,
/// PowerShell and <c>envsubst</c> (which take <c>$NAME</c> on purpose), and <c>${NAME}</c> in a <c>java</c> command
/// (Spring and similar frameworks resolve such placeholders themselves) are not reported.
/// CMD, ENTRYPOINT and HEALTHCHECK are judged in stages that ship.
/// </summary>
public sealed partial class DOPT5007_VariableInExecForm : Rule
{
    private InstructionContext? _entrypoint;

    public override string Id => RuleIds.VariableInExecForm;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind == InstructionKind.Entrypoint && instruction.Stage.Ships)
        {
            _entrypoint = instruction;
        }

        if (syntax.Form != CommandForm.Exec || syntax.Kind is not (InstructionKind.Cmd or InstructionKind.Entrypoint or InstructionKind.Run or InstructionKind.Healthcheck)
            || (syntax.Kind != InstructionKind.Run && !instruction.Stage.Ships))
        {
            return;
        }

        var args = syntax.ExecArguments;
        if (syntax.Kind == InstructionKind.Cmd && _entrypoint?.Instruction is { Form: CommandForm.Exec } entry && ExpandsLater(entry.ExecArguments, entry.ExecArguments.Count))
        {
            return;
        }

        for (var i = 0; i < args.Count; i++)
        {
            if (ExpandsLater(args, i))
            {
                return;
            }

            if (Reference().Match(args[i].Value) is { Success: true } match && !(IsJava(args) && match.Value.StartsWith("${", StringComparison.Ordinal)))
            {
                context.Report(args[i].Span, match.Value, syntax.Kind.ToKeyword());
            }
        }
    }

    /// <summary>Spring, Quarkus and Micronaut resolve <c>${NAME}</c> placeholders in their own arguments and system properties.</summary>
    private static bool IsJava(IReadOnlyList<WordSyntax> args) =>
        args.Count > 0 && ProgramNames.Basename(args[0].Value) is "java" or "java.exe";

    /// <summary>True when a word before <paramref name="index"/> starts a shell with -c, PowerShell or envsubst, which expand variables themselves.</summary>
    private static bool ExpandsLater(IReadOnlyList<WordSyntax> args, int index)
    {
        for (var i = 0; i < index && i < args.Count; i++)
        {
            var program = ProgramNames.Basename(args[i].Value.Replace('\\', '/')).ToLowerInvariant();
            if (program.EndsWith(".exe", StringComparison.Ordinal))
            {
                program = program[..^4];
            }

            if (program is "envsubst" or "powershell" or "pwsh" or "cmd")
            {
                return true;
            }

            if (ProgramNames.IsShell(program) && args.Skip(i + 1).Take(index - i - 1 + 1).Any(a => a.Value.Length > 1 && a.Value[0] == '-' && a.Value[1] != '-' && a.Value.Contains('c')))
            {
                return true;
            }
        }

        return false;
    }

    // $NAME, or ${NAME} in any form (${PORT:-8080}, ${#NAME}, ${NAME%.*}, ${NAME/a/b}), quoted whole. The name must be
    // a shell name followed by the brace or an operator: ${project.version} is a Maven placeholder, filtered before
    // the build, not a variable.
    [GeneratedRegex(@"\$(?:\{[#!]?[A-Za-z_][A-Za-z0-9_]*(?:\}|[:#%/^,+\-?=@\[][^}]*\}?)|[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Reference();
}
