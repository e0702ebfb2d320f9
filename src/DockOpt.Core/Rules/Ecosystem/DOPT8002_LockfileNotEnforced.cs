using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>yarn install</c> (or plain <c>yarn</c>) without <c>--frozen-lockfile</c>/<c>--immutable</c>, or
/// <c>pnpm install</c> without <c>--frozen-lockfile</c>, runs where the project's yarn.lock or pnpm-lock.yaml was
/// copied or bind-mounted: when the lock file is out of date the install resolves other versions than the ones
/// tested, instead of failing. YARN_ENABLE_IMMUTABLE_INSTALLS, and CI for pnpm, also satisfy it.
/// </summary>
public sealed class DOPT8002_LockfileNotEnforced : Rule
{
    private readonly LockfilePresence _yarn = new("yarn.lock");
    private readonly LockfilePresence _pnpm = new("pnpm-lock.yaml");

    public override string Id => RuleIds.LockfileNotEnforced;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _yarn.EnterStage(stage);
        _pnpm.EnterStage(stage);
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _yarn.Record(instruction, context.Options.BuildContext);
        _pnpm.Record(instruction, context.Options.BuildContext);
        if (!instruction.Stage.IsReachable || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program is "yarn" or "pnpm"))
        {
            var view = CommandLineView.Parse(command.Arguments, ["--cwd", "--cache-folder", "--modules-folder", "--network-timeout", "-C", "--dir", "--filter", "-F", "--store-dir"]);
            if (view.Has("--cwd", "-C", "--dir") || ImagePaths.WorkingDirectory(script, command) is not { } folder)
            {
                continue;
            }

            if (command.Program == "yarn")
            {
                if (view.Subcommand is not (null or "install") || view.Positionals.Count > 1 || view.Has("--frozen-lockfile", "--immutable", "--help", "-h", "--version", "-v")
                    || CommandText.Environment(script, command, "YARN_ENABLE_IMMUTABLE_INSTALLS") is { } immutable && immutable.Trim().ToLowerInvariant() is not ("false" or "0")
                    || _yarn.In(script, folder) is null)
                {
                    continue;
                }

                context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view), "yarn.lock", "--frozen-lockfile (Yarn 1) or --immutable (Yarn 2 and later)");
            }
            else
            {
                if (view.Subcommand is not ("install" or "i") || view.Positionals.Count > 1 || view.Has("--frozen-lockfile")
                    || CommandText.Environment(script, command, "CI") is not null || _pnpm.In(script, folder) is null)
                {
                    continue;
                }

                context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view), "pnpm-lock.yaml", "--frozen-lockfile");
            }
        }
    }
}
