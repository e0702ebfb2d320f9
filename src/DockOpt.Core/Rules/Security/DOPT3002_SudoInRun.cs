using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// <c>sudo</c> in a RUN. Builds have no terminal for a password prompt, and sudo resets the
/// environment; the Dockerfile way is <c>USER root</c> for the steps that need it. <c>sudo -l</c>,
/// <c>-v</c> and <c>-V</c> run nothing and are not reported, nor are stages built on Gitpod's workspace images,
/// which are made to be extended with sudo.
/// </summary>
public sealed class DOPT3002_SudoInRun : Rule
{
    public override string Id => RuleIds.SudoInRun;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || IsSudoWorkspaceImage(instruction.Stage.RootImage) || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "sudo" && !c.Words[0].HasExpansion))
        {
            var view = command.ParseArguments();
            if (view.Has("-l", "--list", "-v", "--validate", "-V", "--version", "-K", "--remove-timestamp", "-k", "--reset-timestamp") && command.Arguments.Count <= 2)
            {
                continue;
            }

            var word = command.Words[0];
            Fix? fix = null;
            if (command.Arguments.Count > 0 && !command.Arguments[0].Value.StartsWith('-') && !command.Arguments[0].Value.Contains('='))
            {
                var start = script.SpanOf(word).Start;
                var next = script.SpanOf(command.Arguments[0]).Start;
                fix = Fix.Unsafe("Remove sudo", new TextEdit(new TextSpan(start, next), string.Empty));
            }

            context.Report(script.SpanOf(word), fix);
        }
    }

    /// <summary>Gitpod's workspace images run as a user with password-less sudo, and their documentation builds on them with sudo.</summary>
    private static bool IsSudoWorkspaceImage(ImageReference? image) =>
        image is not null && image.IsDockerHub && image.Repository.StartsWith("gitpod/workspace-", StringComparison.OrdinalIgnoreCase);
}
