using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// zypper installs, updates or refreshes in a stage that ships and the same RUN does not run <c>zypper clean</c>
/// afterwards (or delete /var/cache/zypp): the repository metadata and downloaded packages stay in the layer.
/// A cache or tmpfs mount over /var/cache/zypp also satisfies it.
/// </summary>
public sealed class DOPT2012_ZypperCacheNotCleaned : Rule
{
    private const string CacheFolder = "/var/cache/zypp";

    private static readonly string[] OptionsWithValue =
    [
        "-r", "--repo", "--from", "-R", "--root", "-D", "--reposd-dir", "-C", "--cache-dir", "--raw-cache-dir", "--solv-cache-dir",
        "--pkg-cache-dir", "-c", "--config", "-t", "--type", "--installroot",
    ];

    private static readonly HashSet<string> Fetching = new(StringComparer.Ordinal)
    {
        "install", "in", "update", "up", "dist-upgrade", "dup", "patch", "refresh", "ref", "source-install", "si", "install-new-recommends", "inr",
    };

    public override string Id => RuleIds.ZypperCacheNotCleaned;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script || script.HasCacheMountCovering(CacheFolder))
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "zypper"))
        {
            var view = CommandLineView.Parse(command.Arguments, OptionsWithValue);
            if (view.Subcommand is not { } sub || !Fetching.Contains(sub) || view.Has("--root", "-R", "--installroot"))
            {
                continue;
            }

            var cleaned = script.Commands.Any(c => c.Start > command.Start && c.Program == "zypper"
                    && CommandLineView.Parse(c.Arguments, OptionsWithValue).Subcommand is "clean" or "cc")
                || ImagePaths.RemovedLater(script, command, CacheFolder);
            if (!cleaned)
            {
                context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view));
                return;
            }
        }
    }
}
