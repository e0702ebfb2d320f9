using System.CommandLine;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Output;
using DockOpt.Core.Rules;

namespace DockOpt.Cli.Commands.Rules;

/// <summary><c>dotnet dockopt rules</c>: every rule with its metadata.</summary>
internal sealed class RulesCommand
{
    public readonly Option<string> Format = new("--format", "-f")
    {
        Description = "text (a table) or json (the metadata of every rule).",
        DefaultValueFactory = _ => "text",
    };

    public RulesCommand()
    {
        Format.AcceptOnlyFromAmong("text", "json");
        Command = new Command("rules", """
            List every rule with its id, default severity, category and title.

            Examples:
              dotnet dockopt rules
              dotnet dockopt rules --format json
            """)
        {
            Format,
        };
    }

    public Command Command { get; }

    public int Run(ParseResult parse, CliConsole console)
    {
        var rules = RuleCatalog.All;
        if (parse.GetValue(Format) == "json")
        {
            using var stream = new MemoryStream();
            JsonReportWriter.WriteRules(stream, rules);
            console.Out.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            return ExitCodes.Success;
        }

        foreach (var rule in rules)
        {
            console.Out.WriteLine($"{rule.Id}  {rule.DefaultSeverity.ToName(),-7}  {rule.Category,-11}  {rule.Title}");
        }

        return ExitCodes.Success;
    }
}
