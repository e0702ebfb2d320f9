using DockOpt.Core.Shell;

namespace DockOpt.Core.Analysis;

/// <summary>A command that installs a project's dependencies from manifests in the build context.</summary>
/// <param name="Ecosystem">pip, pipenv, poetry, uv, npm, yarn, pnpm, dotnet, go, bundler, composer, maven, gradle or cargo.</param>
/// <param name="Manifests">The files to copy before the install, as users write them.</param>
public sealed record DependencyInstall(ShellCommand Command, string Ecosystem, IReadOnlyList<string> Manifests);

/// <summary>Recognises dependency installs of every ecosystem dockopt knows.</summary>
public static class DependencyInstalls
{
    public static DependencyInstall? Classify(ShellCommand command)
    {
        var program = command.Program;
        if (ProgramNames.IsPip(program))
        {
            return Pip(command);
        }

        var view = CommandLineView.Parse(command.Arguments);
        var sub = view.Subcommand;
        var positionalCount = view.Positionals.Count;
        return program switch
        {
            "pipenv" when sub is "install" or "sync" => new(command, "pipenv", ["Pipfile", "Pipfile.lock"]),
            "poetry" when sub == "install" => new(command, "poetry", ["pyproject.toml", "poetry.lock"]),
            "uv" => Uv(command),
            "npm" when sub is "ci" or "clean-install" || (sub is "install" or "i" && positionalCount == 1) => new(command, "npm", ["package.json", "package-lock.json"]),
            "yarn" when sub is null or "install" => new(command, "yarn", ["package.json", "yarn.lock"]),
            "pnpm" when sub is "install" or "i" && positionalCount == 1 => new(command, "pnpm", ["package.json", "pnpm-lock.yaml"]),
            "dotnet" when sub == "restore" || (sub is "build" or "publish" && !view.Has("--no-restore")) => new(command, "dotnet", ["the *.csproj files (and NuGet.config, Directory.Packages.props)"]),
            "go" when sub == "mod" && positionalCount > 1 && view.Positionals[1].Value == "download" => new(command, "go", ["go.mod", "go.sum"]),
            "bundle" when sub is null or "install" => new(command, "bundler", ["Gemfile", "Gemfile.lock"]),
            "composer" when sub is "install" or "i" => new(command, "composer", ["composer.json", "composer.lock"]),
            "mvn" or "mvnw" when positionalCount > 0 => new(command, "maven", ["pom.xml"]),
            "gradle" or "gradlew" when positionalCount > 0 => new(command, "gradle", ["build.gradle(.kts)", "settings.gradle(.kts)"]),
            // 'cargo install NAME' fetches a tool from crates.io, like 'npm install -g': only 'cargo install --path' builds the project.
            "cargo" when sub is "build" or "fetch" || sub == "install" && view.Has("--path") => new(command, "cargo", ["Cargo.toml", "Cargo.lock"]),

            // cargo-chef: 'cargo chef cook' builds the dependencies from the recipe that 'cargo chef prepare' made in another stage.
            "cargo" when sub == "chef" && positionalCount > 1 && view.Positionals[1].Value == "cook" => new(command, "cargo", ["recipe.json (from cargo chef prepare)"]),
            _ => null,
        };
    }

    private static DependencyInstall? Pip(ShellCommand command)
    {
        var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
        if (view.Subcommand != "install")
        {
            return null;
        }

        var requirements = view.Values("-r", "--requirement").ToList();
        if (requirements.Count > 0)
        {
            return new DependencyInstall(command, "pip", requirements);
        }

        // "pip install ." builds the project and installs what its metadata requires; with
        // --no-deps it installs only the project, so the dependencies are cached elsewhere.
        var installsProject = view.Positionals.Skip(1).Any(p => IsProjectPath(p.Value))
            || view.Values("-e", "--editable").Any(IsProjectPath);
        return installsProject && !view.Has("--no-deps")
            ? new DependencyInstall(command, "pip", ["pyproject.toml (or setup.py, setup.cfg)"])
            : null;
    }

    private static DependencyInstall? Uv(ShellCommand command)
    {
        var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
        if (view.Subcommand == "sync")
        {
            return new DependencyInstall(command, "uv", ["pyproject.toml", "uv.lock"]);
        }

        if (view.Subcommand == "pip" && view.Positionals.Count > 1)
        {
            var verb = view.Positionals[1].Value;
            var requirements = view.Values("-r", "--requirement").ToList();
            if (verb == "install" && requirements.Count > 0)
            {
                return new DependencyInstall(command, "uv", requirements);
            }

            if (verb == "sync" && view.Positionals.Count > 2)
            {
                return new DependencyInstall(command, "uv", [view.Positionals[2].Value]);
            }
        }

        return null;
    }

    private static bool IsProjectPath(string value) => value is "." or "./" or ".[all]" || value.StartsWith(".[", StringComparison.Ordinal);
}
