using System.CommandLine;

namespace DockOpt.Cli.Commands.Migrate;

/// <summary>The options of <c>dotnet dockopt migrate hadolint</c>.</summary>
internal sealed class MigrateCommandDefinition
{
    public readonly Option<string?> Config = new("--config")
    {
        Description = "The hadolint configuration to read. Default: .hadolint.yaml or .hadolint.yml in the current folder or the nearest folder above it.",
    };

    public readonly Option<string?> Output = new("--output", "-o")
    {
        Description = "Add the settings to this .editorconfig (created if missing) instead of printing them. Keys it already sets are kept and reported, never replaced.",
    };

    public MigrateCommandDefinition()
    {
        Hadolint = new Command("hadolint", """
            Translate a hadolint configuration into .editorconfig settings for dockopt: ignored rules become
            'none', override levels become severities (style is suggestion), trustedRegistries and label-schema
            become dockopt options, failure-threshold becomes dockopt.fail_level. A hadolint rule that no dockopt
            rule stands for gets a comment.

            Examples:
              dotnet dockopt migrate hadolint                              print the section for ./.hadolint.yaml
              dotnet dockopt migrate hadolint --output .editorconfig       add it to .editorconfig
              dotnet dockopt migrate hadolint --config ci/hadolint.yaml
            """)
        {
            Config, Output,
        };
        Command = new Command("migrate", "Move another linter's configuration over to dockopt.")
        {
            Hadolint,
        };
    }

    public Command Command { get; }

    public Command Hadolint { get; }
}
