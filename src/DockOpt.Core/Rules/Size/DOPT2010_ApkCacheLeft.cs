using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>apk add</c>, <c>apk update</c> or <c>apk upgrade</c> without <c>--no-cache</c> in a stage that ships stores
/// the package index under /var/cache/apk in the layer. Satisfied by <c>--no-cache</c>, by deleting
/// /var/cache/apk later in the same RUN, or by a cache or tmpfs mount over it.
/// </summary>
public sealed class DOPT2010_ApkCacheLeft : Rule
{
    private const string CacheFolder = "/var/cache/apk";

    // When /etc/apk/cache is a folder (a mount over it, as Alpine's docs suggest for BuildKit), apk keeps its
    // indexes and packages there instead of under /var/cache/apk.
    private const string LinkedCacheFolder = "/etc/apk/cache";

    public override string Id => RuleIds.ApkCacheLeft;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script
            || script.HasCacheMountCovering(CacheFolder) || script.HasCacheMountCovering(LinkedCacheFolder))
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "apk"))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Apk);
            if (view.Subcommand is not ("add" or "update" or "upgrade") || view.Has("--no-cache", "--no-network")
                || ImagePaths.RemovedLater(script, command, CacheFolder))
            {
                continue;
            }

            var subcommand = view.Positionals[0];
            Fix? fix = null;
            if (view.Subcommand == "add" && script.Instruction.Form == CommandForm.Shell)
            {
                // Without the cache apk fetches the index for this command and keeps nothing: the installed packages are the same.
                var at = script.SpanOf(subcommand).End;
                fix = Fix.Safe("Add --no-cache", new TextEdit(new TextSpan(at, at), " --no-cache"));
            }

            context.Report(CommandText.Head(script, command, view), fix, CommandText.Describe(command, view));
            return;
        }
    }
}
