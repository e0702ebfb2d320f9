using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// A password set while building a stage that ships: <c>echo 'root:pw' | chpasswd</c>,
/// <c>chpasswd &lt;&lt;&lt; ...</c>, <c>echo pw | passwd --stdin user</c>, <c>useradd -p HASH</c>,
/// <c>usermod --password HASH</c>. Every copy of the image carries the same password hash.
/// </summary>
public sealed class DOPT3011_PasswordSetInBuild : Rule
{
    public override string Id => RuleIds.PasswordSetInBuild;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            switch (command.Program)
            {
                case "chpasswd" or "passwd" when FedByText(command):
                    context.Report(script.SpanOf(command.Words[0]), command.Program);
                    break;
                case "useradd" or "usermod":
                    var option = command.ParseArguments(["-p", "--password", "-u", "--uid", "-g", "--gid", "-G", "--groups", "-s", "--shell", "-d", "--home", "--home-dir", "-c", "--comment", "-e", "--expiredate", "-f", "--inactive", "-k", "--skel", "-K", "--key"])
                        .Find("-p", "--password").FirstOrDefault(o => !string.IsNullOrEmpty(o.Value) && o.Value is not ("*" or "!" or "!!" or "x"));
                    if (option is not null)
                    {
                        context.Report(script.Text.ToSource(option.Start, option.End), command.Program + " " + option.Name);
                    }

                    break;
            }
        }
    }

    /// <summary>The command reads its input from echo/printf, a here-string, or a here-document.</summary>
    private static bool FedByText(ShellCommand command)
    {
        if (command.Program == "passwd" && !command.Arguments.Any(a => a.Value == "--stdin") && command.PipedFrom is null)
        {
            return false;
        }

        return command.PipedFrom?.Program is "echo" or "printf"
            || command.Redirections.Any(r => r.Kind is ShellRedirectionKind.HereString or ShellRedirectionKind.HereDocument);
    }
}
