using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// A RUN mounts a build cache and, in the same RUN, turns the tool's cache off or empties the mount
/// (<c>pip install --no-cache-dir</c>, <c>apk add --no-cache</c>, <c>npm cache clean</c>, <c>rm -rf</c> of the
/// mounted folder), or mounts <c>/var/cache/apt</c> while the image's <c>docker-clean</c> apt hook still
/// deletes every downloaded package: the mount never keeps anything between builds.
/// </summary>
public sealed class DOPT1004_CacheMountDefeated : Rule
{
    private const string DockerClean = "/etc/apt/apt.conf.d/docker-clean";

    /// <summary>Official images built on Debian or Ubuntu, which ship the docker-clean apt hook (their non-Alpine, non-Windows tags).</summary>
    private static readonly HashSet<string> DebianFamily = new(StringComparer.Ordinal)
    {
        "debian", "ubuntu", "buildpack-deps", "python", "node", "ruby", "golang", "rust", "php", "perl", "openjdk", "eclipse-temurin",
        "maven", "gradle", "postgres", "nginx", "httpd",
    };

    // Stages in which the docker-clean hook was removed or overridden.
    private readonly HashSet<Stage> _aptKeepsPackages = new();

    public override string Id => RuleIds.CacheMountDefeated;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.BaseStage is not null && _aptKeepsPackages.Contains(stage.BaseStage))
        {
            _aptKeepsPackages.Add(stage);
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var caches = script.Mounts.Where(m => m.Type == "cache" && m.Target is not null).ToList();
        var disablesHook = script.Commands.Any(c => DisablesDockerClean(script, c));
        if (caches.Count > 0 && instruction.Stage.IsReachable)
        {
            Check(script, caches, disablesHook, context);
        }

        if (disablesHook)
        {
            _aptKeepsPackages.Add(instruction.Stage);
        }
    }

    private void Check(RunScript script, List<RunMount> caches, bool disablesHook, RuleContext context)
    {
        RunMount? Covering(string? folder) => folder is null ? null : caches.FirstOrDefault(m => m.Covers(folder));

        foreach (var command in script.Commands)
        {
            var program = command.Program;
            if (ProgramNames.IsPip(program))
            {
                var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
                if (view.Subcommand is "install" or "wheel" or "download" && Covering(ToolCaches.Pip(script, command, view)) is { } mount)
                {
                    if (view.Find("--no-cache-dir").FirstOrDefault() is { } option)
                    {
                        context.Report(script.SpanOf(option.Word), InThisRun(option.Word.Value), mount.Target);
                    }
                    else if (CommandText.Environment(script, command, "PIP_NO_CACHE_DIR") is not null)
                    {
                        var where = CommandText.VariableValue(script, command, "PIP_NO_CACHE_DIR") is not null
                            ? InThisRun("PIP_NO_CACHE_DIR")
                            : "PIP_NO_CACHE_DIR, set by ENV or ARG (pip turns its cache off whatever the value)";
                        context.Report(CommandText.Head(script, command, view), where, mount.Target);
                    }
                }

                if (view.Subcommand == "cache" && view.Positionals.Count > 1 && view.Positionals[1].Value is "purge" or "remove"
                    && Covering(ToolCaches.Pip(script, command, view)) is { } purged)
                {
                    context.Report(CommandText.Span(script, command.Words[0], view.Positionals[1]), InThisRun(CommandText.Describe(command, view.Positionals[1])), purged.Target);
                }

                continue;
            }

            switch (program)
            {
                case "uv":
                {
                    var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
                    if (Covering(ToolCaches.Uv(script, command, view)) is not { } mount)
                    {
                        break;
                    }

                    if (view.Find("--no-cache").FirstOrDefault() is { } option)
                    {
                        context.Report(script.SpanOf(option.Word), InThisRun(option.Word.Value), mount.Target);
                    }
                    else if (view.Subcommand == "cache" && view.Positionals.Count > 1 && view.Positionals[1].Value == "clean")
                    {
                        context.Report(CommandText.Span(script, command.Words[0], view.Positionals[1]), InThisRun("uv cache clean"), mount.Target);
                    }

                    break;
                }

                case "apk":
                {
                    var view = CommandLineView.Parse(command.Arguments, KnownOptions.Apk);
                    if (view.Find("--no-cache").FirstOrDefault() is { } option
                        && (Covering("/var/cache/apk") ?? Covering("/etc/apk/cache")) is { } mount)
                    {
                        context.Report(script.SpanOf(option.Word), InThisRun(option.Word.Value), mount.Target);
                    }

                    break;
                }

                case "npm":
                {
                    var view = CommandLineView.Parse(command.Arguments, KnownOptions.Npm);
                    if (view.Subcommand == "cache" && view.Positionals.Count > 1 && view.Positionals[1].Value is "clean" or "rm" or "clear"
                        && Covering(ToolCaches.Npm(script, command, view)) is { } mount)
                    {
                        context.Report(CommandText.Span(script, command.Words[0], view.Positionals[1]), InThisRun("npm cache clean"), mount.Target);
                    }

                    break;
                }

                case "yarn":
                {
                    var view = CommandLineView.Parse(command.Arguments);
                    if (view.Subcommand == "cache" && view.Positionals.Count > 1 && view.Positionals[1].Value == "clean"
                        && caches.FirstOrDefault(m => m.Target!.Contains("yarn", StringComparison.OrdinalIgnoreCase) || (ToolCaches.Yarn(script, command, view) is { } folder && m.Covers(folder))) is { } mount)
                    {
                        context.Report(CommandText.Span(script, command.Words[0], view.Positionals[1]), InThisRun("yarn cache clean"), mount.Target);
                    }

                    break;
                }

                case "rm":
                    foreach (var removal in ImagePaths.Removals(command, script))
                    {
                        // Emptying the whole mount, or apt's lists or archives inside a mount of /var/lib/apt or /var/cache/apt.
                        var mount = caches.FirstOrDefault(m => removal.Deletes(ImagePaths.Normalize(m.Target!)))
                            ?? caches.FirstOrDefault(m => removal.Path is "/var/lib/apt/lists" or "/var/cache/apt/archives" && m.Covers(removal.Path));
                        if (mount is not null)
                        {
                            context.Report(script.SpanOf(removal.Word), InThisRun("rm " + removal.Word.Value), mount.Target);
                        }
                    }

                    break;
            }
        }

        if (!disablesHook && !_aptKeepsPackages.Contains(script.Context.Stage) && ShipsDockerClean(script.Context.Stage.RootImage)
            && script.Commands.Any(OsPackages.IsAptInstall)
            && caches.FirstOrDefault(m => m.Covers("/var/cache/apt/archives")) is { } archives)
        {
            context.Report(archives.Flag.Span, $"the image's apt hook {DockerClean}, which deletes downloaded packages after each install", archives.Target);
        }
    }

    private static string InThisRun(string what) => $"'{what}' in the same RUN";

    private static bool ShipsDockerClean(ImageReference? root) =>
        root is not null && root.IsOfficialDockerHubImage && DebianFamily.Contains(root.Name)
        && root.Tag?.HasVariant("alpine") != true && root.Tag?.Text.Contains("windows", StringComparison.OrdinalIgnoreCase) != true;

    /// <summary><c>rm /etc/apt/apt.conf.d/docker-clean</c>, or a Keep-Downloaded-Packages "true" setting written to apt's configuration.</summary>
    private static bool DisablesDockerClean(RunScript script, ShellCommand command)
    {
        if (command.Program == "rm")
        {
            return ImagePaths.Removals(command, script).Any(r => r.Deletes(DockerClean));
        }

        return command.Program is "echo" or "printf"
            && command.Arguments.Any(a => a.Value.Contains("Keep-Downloaded-Packages", StringComparison.OrdinalIgnoreCase) && a.Value.Contains("true", StringComparison.OrdinalIgnoreCase))
            && command.Redirections.Any(r => r.Target?.Value.StartsWith("/etc/apt/apt.conf", StringComparison.Ordinal) == true);
    }
}
