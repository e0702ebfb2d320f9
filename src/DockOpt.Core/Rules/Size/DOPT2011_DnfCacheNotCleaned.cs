using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// dnf, yum, microdnf or tdnf installs or upgrades packages in a stage that ships and the same RUN does not end
/// with <c>&lt;tool&gt; clean all</c> (or delete the cache folder): the repository metadata and downloaded
/// packages stay in the layer. A cache or tmpfs mount over the cache folder also satisfies it. Installs into
/// another root (<c>--installroot</c>) are not judged.
/// </summary>
public sealed class DOPT2011_DnfCacheNotCleaned : Rule
{
    private static readonly string[] CacheFolders = ["/var/cache/dnf", "/var/cache/yum", "/var/cache/libdnf5", "/var/cache/tdnf"];

    private static readonly string[] OptionsWithValue =
    [
        "--setopt", "--releasever", "--installroot", "-x", "--exclude", "--enablerepo", "--disablerepo", "--repo", "--repoid",
        "-c", "--config", "--nogpgcheck-for", "--forcearch", "--downloaddir", "--destdir", "-d", "--debuglevel", "-e", "--errorlevel",
        "--rpmverbosity", "--color", "--enable-plugin", "--disable-plugin",
    ];

    private static readonly HashSet<string> Fetching = new(StringComparer.Ordinal)
    {
        "install", "in", "reinstall", "localinstall", "groupinstall", "update", "upgrade", "up", "distro-sync", "makecache", "group", "module",
        "upgrade-minimal", "update-minimal",
    };

    public override string Id => RuleIds.DnfCacheNotCleaned;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script || CacheFolders.Any(script.HasCacheMountCovering))
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program is "dnf" or "yum" or "microdnf" or "tdnf" or "dnf5"))
        {
            var view = CommandLineView.Parse(command.Arguments, OptionsWithValue);
            if (view.Subcommand is not { } sub || !Fetching.Contains(sub) || view.Has("--installroot")
                || (sub is "group" or "module" && (view.Positionals.Count < 2 || view.Positionals[1].Value is not ("install" or "update" or "upgrade"))))
            {
                continue;
            }

            var cleaned = script.Commands.Any(c => c.Start > command.Start && IsCleanAll(c))
                || CacheFolders.Any(f => ImagePaths.RemovedLater(script, command, f));
            if (!cleaned)
            {
                context.Report(CommandText.Head(script, command, view, "group", "module"), CommandText.Describe(command, view, "group", "module"), ProgramNames.Basename(command.Words[0].Value));
                return;
            }
        }
    }

    private static bool IsCleanAll(ShellCommand command)
    {
        if (command.Program is not ("dnf" or "yum" or "microdnf" or "tdnf" or "dnf5"))
        {
            return false;
        }

        var view = CommandLineView.Parse(command.Arguments, OptionsWithValue);
        return view.Subcommand == "clean" && view.Positionals.Skip(1).Any(p => p.Value is "all" or "metadata" or "dbcache");
    }
}
