using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// In a file that asks for the BuildKit Dockerfile frontend (<c># syntax=docker/dockerfile:1</c>), a builder stage
/// runs a package manager or compiler whose cache no cache mount keeps: every rebuild of the layer downloads
/// (or compiles) everything again. Stages that ship are left to the size rules, which already name cache mounts
/// as one remedy; a command that turns its cache off or empties it is left alone.
/// </summary>
public sealed class DOPT1003_CacheMountSuggested : Rule
{
    private bool? _buildKit;

    public override string Id => RuleIds.CacheMountSuggested;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _buildKit ??= RequestsBuildKitFrontend(context.Syntax);
        if (_buildKit != true || instruction.Stage.Ships || !instruction.Stage.IsReachable
            || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var command in script.Commands)
        {
            if (Cache(script, command) is not { } cache || !reported.Add(cache.Tool))
            {
                continue;
            }

            var covered = script.Mounts.Any(m => m.IsCacheOrTmpfs && m.Target is { } target
                && (cache.Folders.Any(f => m.Covers(f) || ImagePaths.IsSameOrUnder(ImagePaths.Normalize(target), f))
                    || cache.Fragments.Any(fragment => target.Contains(fragment, StringComparison.OrdinalIgnoreCase))));
            if (covered || cache.Folders.Any(f => ImagePaths.RemovedLater(script, command, f)))
            {
                continue;
            }

            var last = cache.View.Positionals.Count > 1 && cache.View.Subcommand is "mod" or "pip" or "tool" ? cache.View.Positionals[1] : cache.View.Positionals.FirstOrDefault();
            var span = last is null ? script.SpanOf(command.Words[0]) : CommandText.Span(script, command.Words[0], last);
            context.Report(span, CommandText.Describe(command, last), cache.Contents, cache.Folders[0]);
        }
    }

    /// <summary>True when the file's <c># syntax=</c> directive names the Dockerfile frontend, so RUN --mount is available.</summary>
    public static bool RequestsBuildKitFrontend(DockerfileSyntax syntax) =>
        syntax.GetDirective("syntax")?.Value.Contains("dockerfile", StringComparison.OrdinalIgnoreCase) == true;

    private static ToolCache? Cache(RunScript script, ShellCommand command)
    {
        var program = command.Program;
        if (ProgramNames.IsPip(program))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            if (view.Subcommand is not ("install" or "wheel" or "download") || view.Has("--no-cache-dir")
                || CommandText.Environment(script, command, "PIP_NO_CACHE_DIR") is not null)
            {
                return null;
            }

            return Make("pip", view, "download cache", [".cache/pip"], ToolCaches.Pip(script, command, view));
        }

        var args = CommandLineView.Parse(command.Arguments, KnownOptions.Npm);
        var sub = args.Subcommand;
        switch (program)
        {
            case "uv":
            {
                var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
                var verb = view.Positionals.Count > 1 ? view.Positionals[1].Value : null;
                var installs = view.Subcommand is "sync" or "add" || (view.Subcommand == "pip" && verb is "install" or "sync") || (view.Subcommand == "tool" && verb == "install");
                if (!installs || view.Has("--no-cache", "-n") || CommandText.Environment(script, command, "UV_NO_CACHE") is not null)
                {
                    return null;
                }

                return Make("uv", view, "package cache", ["uv"], ToolCaches.Uv(script, command, view));
            }

            case "npm" when sub is "ci" or "clean-install" or "install" or "i" or "add":
                return Make("npm", args, "download cache", ["npm"], ToolCaches.Npm(script, command, args));
            case "yarn" when sub is null or "install" or "add":
                return Make("yarn", args, "package cache", ["yarn"], ToolCaches.Yarn(script, command, args));
            case "pnpm" when sub is "install" or "i" or "fetch" or "add":
                var store = CommandText.Environment(script, command, "PNPM_HOME") is { } pnpmHome
                    ? (pnpmHome.StartsWith('/') ? ImagePaths.Normalize(pnpmHome) + "/store" : null)
                    : ImagePaths.Home(script.Context) + "/.local/share/pnpm/store";
                return Make("pnpm", args, "package store", ["pnpm"], store);
            case "go" when sub is "build" or "install" or "test" or "get" or "run" or "vet" || (sub == "mod" && args.Positionals.Count > 1 && args.Positionals[1].Value == "download"):
                var buildCache = sub == "mod" ? ToolCaches.GoModules(script, command) : ToolCaches.GoBuild(script, command);
                var modules = ToolCaches.GoModules(script, command);
                if (buildCache is null || modules is null)
                {
                    return null;
                }

                return new ToolCache("go", args, sub == "mod" ? "module cache" : "build cache", [buildCache, modules], ["go-build", "pkg/mod", "gocache", "gomodcache"]);
            case "cargo" when sub is "build" or "fetch" or "install" or "test":
                return Make("cargo", args, "crate registry", ["cargo", "registry"], ToolCaches.CargoRegistry(script, command));
            case "mvn" or "mvnw" when args.Positionals.Count > 0:
                return Make("maven", args, "local repository", [".m2"], ImagePaths.Home(script.Context) + "/.m2");
            case "gradle" or "gradlew" when args.Positionals.Count > 0:
                var gradleHome = CommandText.Environment(script, command, "GRADLE_USER_HOME") is { } g
                    ? (g.StartsWith('/') ? ImagePaths.Normalize(g) : null)
                    : ImagePaths.Home(script.Context) + "/.gradle";
                return Make("gradle", args, "dependency cache", [".gradle"], gradleHome);
        }

        return null;
    }

    private static ToolCache? Make(string tool, CommandLineView view, string contents, string[] fragments, string? folder) =>
        folder is null ? null : new ToolCache(tool, view, contents, [folder], fragments);

    private sealed record ToolCache(string Tool, CommandLineView View, string Contents, string[] Folders, string[] Fragments);
}
