using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>npm install</c> (without package names) runs in a folder where a package-lock.json (or
/// npm-shrinkwrap.json) from the build context was copied or bind-mounted. <c>npm ci</c> installs exactly what
/// the lock file says and fails when it is out of date; <c>npm install</c> may resolve newer versions and
/// rewrite the lock. A lock file reaches the image through a glob or a folder copy only as far as the host's
/// view of the build context shows it.
/// </summary>
public sealed class DOPT8001_NpmInstallWhereCiFits : Rule
{
    private readonly LockfilePresence _locks = new("package-lock.json", "npm-shrinkwrap.json");

    public override string Id => RuleIds.NpmInstallWhereCiFits;

    public override void VisitStage(Stage stage, RuleContext context) => _locks.EnterStage(stage);

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _locks.Record(instruction, context.Options.BuildContext);
        if (!instruction.Stage.IsReachable || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "npm"))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Npm);
            if (view.Subcommand is not ("install" or "i") || view.Positionals.Count > 1 || view.Has("-g", "--global", "--prefix", "-C")
                || ImagePaths.WorkingDirectory(script, command) is not { } folder)
            {
                continue;
            }

            if (_locks.In(script, folder) is not { } lockfile)
            {
                continue;
            }

            var subcommand = view.Positionals[0];
            var fix = script.Instruction.Form == CommandForm.Shell
                ? Fix.Unsafe("Use npm ci", new TextEdit(script.SpanOf(subcommand), "ci"))
                : null;
            context.Report(CommandText.Head(script, command, view), fix, CommandText.Describe(command, view), lockfile);
        }
    }
}
