using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>npm ci</c> or <c>npm install</c> in a stage that ships leaves npm's download cache (~/.npm) in the layer.
/// Satisfied by <c>npm cache clean --force</c> or deleting the cache folder later in the same RUN, or by a
/// cache or tmpfs mount over it.
/// </summary>
public sealed class DOPT2013_NpmCacheLeft : Rule
{
    public override string Id => RuleIds.NpmCacheLeft;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "npm"))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Npm);
            if (view.Subcommand is not ("ci" or "clean-install" or "install" or "i" or "add" or "update" or "install-clean" or "isntall"))
            {
                continue;
            }

            if (ToolCaches.Npm(script, command, view) is not { } cache || script.HasCacheMountCovering(cache)
                || ImagePaths.RemovedLater(script, command, cache) || CleansCacheLater(script, command))
            {
                continue;
            }

            context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view), cache);
            return;
        }
    }

    private static bool CleansCacheLater(RunScript script, ShellCommand install) =>
        script.Commands.Any(c => c.Start > install.Start && c.Program == "npm"
            && CommandLineView.Parse(c.Arguments, KnownOptions.Npm) is { Subcommand: "cache" } view
            && view.Positionals.Count > 1 && view.Positionals[1].Value is "clean" or "rm" or "clear");
}
