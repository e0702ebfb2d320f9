using DockOpt.Core.Shell;

namespace DockOpt.Core.Analysis;

/// <summary>
/// Where package managers and build tools keep their download and build caches when a RUN executes, from
/// their options, their environment variables and the user's home. Null when a variable decides and its
/// value is unknown.
/// </summary>
public static class ToolCaches
{
    /// <summary>pip: <c>--cache-dir</c>, PIP_CACHE_DIR, XDG_CACHE_HOME/pip, ~/.cache/pip.</summary>
    public static string? Pip(RunScript script, ShellCommand command, CommandLineView view) =>
        FirstOf(script, command, Option(script, command, view, "--cache-dir"), ["PIP_CACHE_DIR"], () => UnderXdgCache(script, command, "pip"));

    /// <summary>uv: <c>--cache-dir</c>, UV_CACHE_DIR, XDG_CACHE_HOME/uv, ~/.cache/uv.</summary>
    public static string? Uv(RunScript script, ShellCommand command, CommandLineView view) =>
        FirstOf(script, command, Option(script, command, view, "--cache-dir"), ["UV_CACHE_DIR"], () => UnderXdgCache(script, command, "uv"));

    /// <summary>Poetry: POETRY_CACHE_DIR, XDG_CACHE_HOME/pypoetry, ~/.cache/pypoetry.</summary>
    public static string? Poetry(RunScript script, ShellCommand command) =>
        FirstOf(script, command, null, ["POETRY_CACHE_DIR"], () => UnderXdgCache(script, command, "pypoetry"));

    /// <summary>npm: <c>--cache</c>, npm_config_cache, ~/.npm.</summary>
    public static string? Npm(RunScript script, ShellCommand command, CommandLineView view) =>
        FirstOf(script, command, Option(script, command, view, "--cache"), ["npm_config_cache", "NPM_CONFIG_CACHE"], () => ImagePaths.Home(script.Context) + "/.npm");

    /// <summary>Yarn 1: <c>--cache-folder</c>, YARN_CACHE_FOLDER, /usr/local/share/.cache/yarn for root, ~/.cache/yarn otherwise.</summary>
    public static string? Yarn(RunScript script, ShellCommand command, CommandLineView view) =>
        FirstOf(script, command, Option(script, command, view, "--cache-folder"), ["YARN_CACHE_FOLDER"], () =>
            ImagePaths.IsRoot(script.Context.User) ? "/usr/local/share/.cache/yarn" : ImagePaths.Home(script.Context) + "/.cache/yarn");

    /// <summary>Go's build cache: GOCACHE, XDG_CACHE_HOME/go-build, ~/.cache/go-build.</summary>
    public static string? GoBuild(RunScript script, ShellCommand command) =>
        FirstOf(script, command, null, ["GOCACHE"], () => UnderXdgCache(script, command, "go-build"));

    /// <summary>Go's module cache: GOMODCACHE, GOPATH/pkg/mod; GOPATH is /go in the official golang image and ~/go elsewhere.</summary>
    public static string? GoModules(RunScript script, ShellCommand command) =>
        FirstOf(script, command, null, ["GOMODCACHE"], () =>
        {
            var gopath = CommandText.Environment(script, command, "GOPATH");
            if (gopath is not null)
            {
                return gopath.StartsWith('/') && !gopath.Contains(':') ? ImagePaths.Normalize(gopath) + "/pkg/mod" : null;
            }

            return script.Context.Stage.RootImage is { IsOfficialDockerHubImage: true, Name: "golang" } ? "/go/pkg/mod" : ImagePaths.Home(script.Context) + "/go/pkg/mod";
        });

    /// <summary>Cargo's registry: CARGO_HOME/registry; CARGO_HOME is /usr/local/cargo in the official rust image and ~/.cargo elsewhere.</summary>
    public static string? CargoRegistry(RunScript script, ShellCommand command) =>
        FirstOf(script, command, null, [], () =>
        {
            var home = CommandText.Environment(script, command, "CARGO_HOME");
            if (home is not null)
            {
                return home.StartsWith('/') ? ImagePaths.Normalize(home) + "/registry" : null;
            }

            return script.Context.Stage.RootImage is { IsOfficialDockerHubImage: true, Name: "rust" } ? "/usr/local/cargo/registry" : ImagePaths.Home(script.Context) + "/.cargo/registry";
        });

    /// <summary>The option's path, else the first variable that is set (null when its value is unknown or relative), else the default.</summary>
    private static string? FirstOf(RunScript script, ShellCommand command, string? option, string[] variables, Func<string?> fallback)
    {
        if (option is not null)
        {
            return option;
        }

        foreach (var name in variables)
        {
            var value = CommandText.Environment(script, command, name);
            if (value is not null)
            {
                return value.StartsWith('/') ? ImagePaths.Normalize(value) : null;
            }
        }

        return fallback();
    }

    private static string? Option(RunScript script, ShellCommand command, CommandLineView view, string name)
    {
        var option = view.Find(name).LastOrDefault();
        if (option?.Value is null)
        {
            return null;
        }

        return option.ValueWord is { } word ? ImagePaths.PathOf(word, script, command) : option.Value.StartsWith('/') ? ImagePaths.Normalize(option.Value) : null;
    }

    private static string? UnderXdgCache(RunScript script, ShellCommand command, string folder)
    {
        var xdg = CommandText.Environment(script, command, "XDG_CACHE_HOME");
        if (xdg is not null)
        {
            return xdg.StartsWith('/') ? ImagePaths.Normalize(xdg) + "/" + folder : null;
        }

        return ImagePaths.Home(script.Context) + "/.cache/" + folder;
    }
}
