using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// <c>useradd app</c>, <c>adduser app</c>, <c>groupadd app</c> or <c>addgroup app</c> on a .NET 8 or
/// later image, which already has the user and group <c>app</c> (UID 1654, also in <c>$APP_UID</c>):
/// the command fails and so does the build. Commands guarded by <c>||</c> or a condition,
/// <c>groupadd -f</c> and <c>adduser --system</c> (which accept an existing name) are not reported.
/// </summary>
public sealed class DOPT7003_DotNetAppUserCreatedAgain : Rule
{
    private static readonly string[] OptionsWithValue =
    [
        "-u", "--uid", "-g", "--gid", "-G", "--groups", "-s", "--shell", "-d", "--home", "--home-dir", "-c", "--comment", "-e",
        "--expiredate", "-f", "--inactive", "-k", "--skel", "-K", "--key", "-p", "--password", "-b", "--base-dir", "-h", "--ingroup",
        "--gecos", "--firstuid", "--lastuid", "--firstgid", "--lastgid", "-R", "--root", "-P", "--prefix",
    ];

    public override string Id => RuleIds.DotNetAppUserCreatedAgain;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run
            || DotNetImages.Read(instruction.Stage.RootImage) is not { Major: >= 8, IsWindows: false }
            || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program is "useradd" or "adduser" or "groupadd" or "addgroup"))
        {
            if (command.InCondition || command.After == ShellOperator.Or)
            {
                continue;
            }

            var view = command.ParseArguments(OptionsWithValue);
            if ((command.Program == "groupadd" && view.Has("-f", "--force")) || (command.Program is "adduser" or "addgroup" && view.Has("--system") && !view.Has("-S")))
            {
                continue;
            }

            // adduser USER GROUP adds a user to a group; the new name is the first operand.
            var name = command.Program is "adduser" or "addgroup" ? view.Positionals.FirstOrDefault() : view.Positionals.LastOrDefault();
            if (name?.Value == "app" && !(command.Program is "adduser" or "addgroup" && view.Positionals.Count > 1))
            {
                context.Report(script.SpanOf(name), command.Program);
            }
        }
    }
}
