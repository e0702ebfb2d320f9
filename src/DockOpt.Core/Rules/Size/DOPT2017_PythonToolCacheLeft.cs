using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// A Python package manager other than pip (covered by DOPT2001) leaves its cache in a stage that ships: uv
/// (<c>~/.cache/uv</c>), Poetry (<c>~/.cache/pypoetry</c>), conda, mamba and micromamba (the <c>pkgs</c> folder of
/// the installation). Satisfied by the tool's own switch (<c>uv --no-cache</c>, <c>UV_NO_CACHE</c>), its clean
/// command later in the same RUN (<c>uv cache clean</c>, <c>poetry cache clear</c>, <c>conda clean -a</c>), deleting
/// the cache folder, or a cache or tmpfs mount over it.
/// </summary>
public sealed class DOPT2017_PythonToolCacheLeft : Rule
{
    private static readonly HashSet<string> CondaFamily = new(StringComparer.Ordinal) { "conda", "mamba", "micromamba" };

    private static readonly string[] CondaOptionsWithValue =
    [
        "-n", "--name", "-p", "--prefix", "-f", "--file", "-c", "--channel", "--override-channels", "-r", "--root-prefix",
        "--platform", "--subdir", "--repodata-fn", "--experimental-solver", "--solver",
    ];

    public override string Id => RuleIds.PythonToolCacheLeft;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || ImageIntent.IsDevelopmentImage(context.Model) || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (Check(script, command) is { } found)
            {
                context.Report(CommandText.Head(script, command, found.View, "env", "pip", "tool"), CommandText.Describe(command, found.View, "env", "pip", "tool"), found.Cache, found.Remedy);
                return;
            }
        }
    }

    private static (CommandLineView View, string Cache, string Remedy)? Check(RunScript script, ShellCommand command)
    {
        var program = command.Program;
        if (program == "uv")
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            var verb = view.Positionals.Count > 1 ? view.Positionals[1].Value : null;
            var installs = view.Subcommand is "sync" or "add" || (view.Subcommand == "pip" && verb is "install" or "sync") || (view.Subcommand == "tool" && verb == "install");
            if (!installs || view.Has("--no-cache", "-n") || CommandText.Environment(script, command, "UV_NO_CACHE") is not null
                || ToolCaches.Uv(script, command, view) is not { } cache || Handled(script, command, cache, "uv", "cache", "clean"))
            {
                return null;
            }

            return (view, cache, "add --no-cache (or set UV_NO_CACHE=1), or mount a cache there");
        }

        if (program == "poetry")
        {
            var view = CommandLineView.Parse(command.Arguments, ["--with", "--without", "--only", "-E", "--extras", "-C", "--directory", "-P", "--project"]);
            if (view.Subcommand is not ("install" or "add" or "update" or "sync") || ToolCaches.Poetry(script, command) is not { } cache
                || Handled(script, command, cache, "poetry", "cache", "clear"))
            {
                return null;
            }

            return (view, cache, "delete it at the end of this RUN, or mount a cache there");
        }

        if (CondaFamily.Contains(program))
        {
            var view = CommandLineView.Parse(command.Arguments, CondaOptionsWithValue);
            var sub = view.Subcommand;
            var verb = view.Positionals.Count > 1 ? view.Positionals[1].Value : null;
            var installs = sub is "install" or "create" or "update" or "upgrade" || (sub == "env" && verb is "create" or "update");
            if (!installs)
            {
                return null;
            }

            var cleaned = script.Commands.Any(c => c.Start > command.Start && CondaFamily.Contains(c.Program)
                    && CommandLineView.Parse(c.Arguments, CondaOptionsWithValue) is { Subcommand: "clean" } clean
                    && clean.Has("-a", "--all", "-p", "--packages", "-t", "--tarballs"))
                || script.Commands.Any(c => c.Start > command.Start && ImagePaths.Removals(c, script).Any(r => FileNameIs(r.Path, "pkgs")))
                || script.Mounts.Any(m => m.IsCacheOrTmpfs && m.Target is { } target && FileNameIs(target, "pkgs"));
            if (cleaned)
            {
                return null;
            }

            return (view, "the pkgs folder", $"end this RUN with '{ProgramNames.Basename(command.Words[0].Value)} clean --all --yes'");
        }

        return null;
    }

    /// <summary>A cache or tmpfs mount over the folder, its removal later in the RUN, or the tool's clean command later in the RUN.</summary>
    private static bool Handled(RunScript script, ShellCommand command, string cache, string program, string subcommand, string verb) =>
        script.HasCacheMountCovering(cache)
        || ImagePaths.RemovedLater(script, command, cache)
        || script.Commands.Any(c => c.Start > command.Start && c.Program == program
            && CommandLineView.Parse(c.Arguments) is { Subcommand: var sub } view && sub == subcommand
            && view.Positionals.Count > 1 && view.Positionals[1].Value == verb);

    private static bool FileNameIs(string path, string name) => ImagePaths.FileName(path) == name;
}
