using System.CommandLine;

namespace DockOpt.Cli.Commands.Optimize;

/// <summary>The options of <c>dotnet dockopt optimize</c>.</summary>
internal sealed class OptimizeCommandDefinition
{
    public readonly Argument<string> Path = new("PATH")
    {
        Description = "The Dockerfile to rewrite (its folder is taken as the build context).",
    };

    public readonly Option<bool> Write = new("--write", "-w")
    {
        Description = "Replace the Dockerfile (atomically) and add a .dockerignore if the folder has none.",
    };

    public readonly Option<bool> Diff = new("--diff")
    {
        Description = "Print a unified diff against the original instead of the new file.",
    };

    public readonly Option<string> Target = new("--target")
    {
        Description = "generic (keep the start command) or cloudrun (serve on $PORT, receive SIGTERM).",
        DefaultValueFactory = _ => "generic",
    };

    public OptimizeCommandDefinition()
    {
        Target.AcceptOnlyFromAmong("generic", "cloudrun");
        Command = new Command("optimize", """
            Rewrite a single-stage, pip-based Python Dockerfile into a cache-friendly multi-stage one: a builder
            installs the dependencies from the manifest alone, the slim final stage ships the installed packages and the
            app as a non-root user. Prints the new Dockerfile unless --write or --diff.

            Examples:
              dotnet dockopt optimize samples/flask-naive/Dockerfile
              dotnet dockopt optimize Dockerfile --target cloudrun --diff
              dotnet dockopt optimize Dockerfile --target cloudrun --write
            """)
        {
            Path, Write, Diff, Target,
        };
    }

    public Command Command { get; }
}
