using System.CommandLine;

namespace DockOpt.Cli.Commands.Measure;

/// <summary>The options of <c>dotnet dockopt measure</c>.</summary>
internal sealed class MeasureCommandDefinition
{
    public readonly Argument<string> Path = new("PATH") { Description = "The Dockerfile to build." };

    public readonly Option<string?> Compare = new("--compare")
    {
        Description = "A second Dockerfile to build the same way, shown side by side with ratios (e.g. the output of optimize).",
    };

    public readonly Option<string?> Context = new("--context")
    {
        Description = "The build context folder. Default: the Dockerfile's folder.",
    };

    public readonly Option<string> Format = new("--format", "-f")
    {
        Description = "text or json.",
        DefaultValueFactory = _ => "text",
    };

    public readonly Option<string> Docker = new("--docker")
    {
        Description = "The docker client to use (any docker with BuildKit).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DOCKOPT_DOCKER") ?? "docker",
    };

    public MeasureCommandDefinition()
    {
        Format.AcceptOnlyFromAmong("text", "json");
        Command = new Command("measure", """
            Build a Dockerfile for real and report the image size, its layers, the cold build time and the
            rebuild time after a source-only edit (made in a temporary copy of the context, never in your files).

            Examples:
              dotnet dockopt measure samples/flask-naive/Dockerfile
              dotnet dockopt optimize Dockerfile > Dockerfile.optimized
              dotnet dockopt measure Dockerfile --compare Dockerfile.optimized --format json
            """)
        {
            Path, Compare, Context, Format, Docker,
        };
    }

    public Command Command { get; }
}
