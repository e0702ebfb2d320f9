using System.CommandLine;

namespace DockOpt.Cli.Commands.Fix;

/// <summary>The options of <c>dotnet dockopt fix</c>.</summary>
internal sealed class FixCommandDefinition
{
    public readonly Argument<string[]> Paths = new("PATH")
    {
        Description = "Dockerfiles or folders to search. Default: the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public readonly Option<bool> UnsafeFixes = new("--unsafe-fixes")
    {
        Description = "Also apply fixes that may change what the image does (each rule's docs say why).",
    };

    public readonly Option<bool> Diff = new("--diff")
    {
        Description = "Print a unified diff of the changes instead of writing the files.",
    };

    public readonly Option<bool> Check = new("--check")
    {
        Description = "Write nothing; exit with 1 when something would change.",
    };

    public readonly Option<string[]> Select = new("--select")
    {
        Description = "Fix only the findings of these rules (ids or prefixes, comma-separated).",
        AllowMultipleArgumentsPerToken = true,
    };

    public readonly Option<string[]> Ignore = new("--ignore")
    {
        Description = "Never apply these rules' fixes (ids or prefixes, comma-separated).",
        AllowMultipleArgumentsPerToken = true,
    };

    public readonly Option<string?> Context = new("--context")
    {
        Description = "The build context folder, as the PATH of docker build; the DOPT1001 fix checks there that the manifest exists. Default: each Dockerfile's own folder.",
    };

    public readonly Option<string?> Config = new("--config")
    {
        Description = "An .editorconfig-format file applied after the .editorconfig files found above each Dockerfile, as for check.",
    };

    public FixCommandDefinition()
    {
        Command = new Command("fix", """
            Apply the fixes of the findings, until none is left. Only the fixed spans change: line endings,
            byte order mark, comments and indentation stay as they are, and files are replaced atomically.
            Safe fixes only, unless --unsafe-fixes.

            Examples:
              dotnet dockopt fix                          fix every Dockerfile below the current folder
              dotnet dockopt fix Dockerfile --diff        show what would change
              dotnet dockopt fix . --check                in CI: exit 1 when a safe fix is pending
            """)
        {
            Paths, UnsafeFixes, Diff, Check, Select, Ignore, Context, Config,
        };
    }

    public Command Command { get; }
}
