using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>yarn install</c> (or <c>yarn</c>, <c>yarn add</c>) in a stage that ships leaves Yarn's package cache in the
/// layer. Satisfied by <c>yarn cache clean</c> or deleting the cache folder later in the same RUN, or by any
/// cache or tmpfs mount on the RUN (Yarn's cache folder depends on its version and configuration).
/// </summary>
public sealed class DOPT2014_YarnCacheLeft : Rule
{
    private static readonly string[] OptionsWithValue = ["--cache-folder", "--modules-folder", "--network-timeout", "--mutex", "--registry", "--cwd"];

    public override string Id => RuleIds.YarnCacheLeft;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script || script.Mounts.Any(m => m.IsCacheOrTmpfs))
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "yarn"))
        {
            var view = CommandLineView.Parse(command.Arguments, OptionsWithValue);
            var sub = view.Subcommand;
            var installs = sub is null or "install" or "add" || (sub == "global" && view.Positionals.Count > 1 && view.Positionals[1].Value == "add");
            if (!installs || view.Has("--help", "-h", "--version", "-v"))
            {
                continue;
            }

            var cache = ToolCaches.Yarn(script, command, view);
            var cleaned = script.Commands.Any(c => c.Start > command.Start && c.Program == "yarn"
                    && CommandLineView.Parse(c.Arguments, OptionsWithValue) is { Subcommand: "cache" } cacheView
                    && cacheView.Positionals.Count > 1 && cacheView.Positionals[1].Value == "clean")
                || (cache is not null && ImagePaths.RemovedLater(script, command, cache));
            if (!cleaned)
            {
                context.Report(CommandText.Head(script, command, view, "global"), CommandText.Describe(command, view, "global"));
                return;
            }
        }
    }
}
