using System.CommandLine;

namespace DockOpt.Cli.Commands.Check;

/// <summary>The options of <c>dotnet dockopt check</c>; a fresh set for each command tree, since System.CommandLine symbols belong to one parent.</summary>
internal sealed class CheckCommandDefinition
{
    public readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Dockerfiles, folders to search (Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile), or - for standard input. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public readonly Option<string> Format = new("--format", "-f")
    {
        Description = "Report format: text, json, msbuild, sarif (SARIF 2.1.0 for code scanning), github (GitHub Actions annotations), checkstyle (Checkstyle XML), gnu (GNU error lines) or codeclimate (GitLab Code Quality).",
        DefaultValueFactory = _ => "text",
    };

    public readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
    };

    public readonly Option<string> FailLevel = new("--fail-level")
    {
        Description = "Lowest severity that makes the exit code 1: error, warning, info or none.",
        DefaultValueFactory = _ => "warning",
    };

    public readonly Option<string[]> Select = new("--select")
    {
        Description = "Run only these rules (ids or prefixes, comma-separated), e.g. DOPT1001,DOPT2.",
        AllowMultipleArgumentsPerToken = true,
    };

    public readonly Option<string[]> Ignore = new("--ignore")
    {
        Description = "Never run these rules (ids or prefixes, comma-separated).",
        AllowMultipleArgumentsPerToken = true,
    };

    public readonly Option<bool> NoColor = new("--no-color")
    {
        Description = "Plain text even on a terminal (NO_COLOR does the same).",
    };

    public readonly Option<string[]> BuildArgs = new("--build-arg")
    {
        Description = "A build argument as NAME=VALUE, as docker build takes it; judged when ARGs are expanded.",
    };

    public readonly Option<string?> Target = new("--target")
    {
        Description = "The stage that is built, as docker build --target; the last stage by default.",
    };

    public readonly Option<string?> Context = new("--context")
    {
        Description = "The build context folder, as the PATH of docker build (e.g. the solution folder when the Dockerfile sits in a project folder). Default: each Dockerfile's own folder.",
    };

    public readonly Option<string?> Project = new("--project")
    {
        Description = "The .NET project the Dockerfile builds (*.csproj): evaluated with dotnet msbuild, so the .NET rules can check the image tag against its target framework, the ENTRYPOINT against its assembly, and more.",
    };

    public readonly Option<string[]> ProjectProperties = new("--project-property")
    {
        Description = "A property of the project as NAME=VALUE (TargetFramework, TargetFrameworks, AssemblyName, OutputType, RuntimeIdentifier, SelfContained, PublishAot, MSBuildProjectFullPath): overrides the evaluated value, or describes the project without --project.",
    };

    /// <summary>Not for people: the MSBuild task's out-of-process way learns from it which context files to watch.</summary>
    public readonly Option<string?> ContextReads = new("--context-reads")
    {
        Description = "Write the paths of the build context the analysis read to this file (for build integrations).",
        Hidden = true,
    };

    public readonly Option<string?> Config = new("--config")
    {
        Description = "An .editorconfig-format file applied after the .editorconfig files found above each Dockerfile (lines before any [section] apply to every file).",
    };

    public readonly Option<string?> Baseline = new("--baseline")
    {
        Description = "Report only findings that are not in this baseline file (written by --write-baseline).",
    };

    public readonly Option<string?> WriteBaseline = new("--write-baseline")
    {
        Description = "Record today's findings in this file, so that later runs with --baseline report only new ones.",
    };

    public readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print the findings only: no summary and no notes. The exit code is unchanged.",
    };

    public CheckCommandDefinition()
    {
        Format.AcceptOnlyFromAmong("text", "json", "msbuild", "sarif", "github", "checkstyle", "gnu", "codeclimate");
        FailLevel.AcceptOnlyFromAmong("error", "warning", "info", "none");
        Command = new Command("check", """
            Analyse Dockerfiles and report what makes them slow to build, big to ship or unsafe to run.

            Examples:
              dotnet dockopt check                      every Dockerfile below the current folder
              dotnet dockopt check services/api/Dockerfile --format json
              cat Dockerfile | dotnet dockopt check -
              dotnet dockopt check . --ignore DOPT3001 --fail-level error
              dotnet dockopt check src/Api/Dockerfile --context . --project src/Api/Api.csproj
              dotnet dockopt check . --write-baseline dockopt-baseline.json   accept today's findings
              dotnet dockopt check . --baseline dockopt-baseline.json         report only new ones
            """)
        {
            Paths, Format, Output, FailLevel, Select, Ignore, NoColor, BuildArgs, Target,
        };
        Command.Options.Add(Context);
        Command.Options.Add(Project);
        Command.Options.Add(ProjectProperties);
        Command.Options.Add(ContextReads);
        Command.Options.Add(Config);
        Command.Options.Add(Baseline);
        Command.Options.Add(WriteBaseline);
        Command.Options.Add(Quiet);
    }

    public Command Command { get; }
}
