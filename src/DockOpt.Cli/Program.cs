using System.CommandLine;
using DockOpt.Cli;
using DockOpt.Cli.Commands.Check;
using DockOpt.Cli.Commands.Explain;
using DockOpt.Cli.Commands.Fix;
using DockOpt.Cli.Commands.Measure;
using DockOpt.Cli.Commands.Migrate;
using DockOpt.Cli.Commands.Optimize;
using DockOpt.Cli.Commands.Rules;
using DockOpt.Core.Configuration;

return DockOptCli.Run(args, CliConsole.System);

namespace DockOpt.Cli
{
    /// <summary>The command tree; each verb's definition and execution live in its own folder.</summary>
    internal static class DockOptCli
    {
        private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal) { "check", "fix", "optimize", "measure", "rules", "explain", "migrate" };

        public static int Run(string[] args, CliConsole console)
        {
            // "check" is the default verb: "dotnet dockopt path/Dockerfile" means "dotnet dockopt check path/Dockerfile".
            if (args.Length == 0 || (!Verbs.Contains(args[0]) && args[0] is not ("-h" or "--help" or "-?" or "--version")))
            {
                args = ["check", .. args];
            }

            var root = new RootCommand("""
                dockopt finds what makes Dockerfiles slow to build, big to ship and unsafe to run, and says what each costs.

                Examples:
                  dotnet dockopt check samples/flask-naive      analyse a folder's Dockerfiles (check is the default verb)
                  dotnet dockopt fix . --diff                   what the safe fixes would change
                  dotnet dockopt optimize Dockerfile --target cloudrun   rewrite into a multi-stage build
                  dotnet dockopt rules --format json            every rule with its metadata
                  dotnet dockopt explain DOPT1001               a rule's documentation
                  dotnet dockopt migrate hadolint               .hadolint.yaml as .editorconfig settings
                """);
            var check = new CheckCommandDefinition();
            var fix = new FixCommandDefinition();
            var optimize = new OptimizeCommandDefinition();
            var measure = new MeasureCommandDefinition();
            var rules = new RulesCommand();
            var explain = new ExplainCommand();
            var migrate = new MigrateCommandDefinition();
            root.Subcommands.Add(check.Command);
            root.Subcommands.Add(fix.Command);
            root.Subcommands.Add(optimize.Command);
            root.Subcommands.Add(measure.Command);
            root.Subcommands.Add(rules.Command);
            root.Subcommands.Add(explain.Command);
            root.Subcommands.Add(migrate.Command);

            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors)
                {
                    console.Error.WriteLine($"dockopt: {error.Message}");
                }

                console.Error.WriteLine("Run 'dotnet dockopt --help' for usage.");
                return ExitCodes.UsageOrIoError;
            }

            check.Command.SetAction(p => CheckCommand.Run(p, check, console));
            fix.Command.SetAction(p => FixCommand.Run(p, fix, console));
            optimize.Command.SetAction(p => OptimizeCommand.Run(p, optimize, console));
            measure.Command.SetAction(p => MeasureCommand.Run(p, measure, console));
            rules.Command.SetAction(p => rules.Run(p, console));
            explain.Command.SetAction(p => explain.Run(p, console));
            migrate.Hadolint.SetAction(p => MigrateCommand.RunHadolint(p, migrate, console));
            try
            {
                return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
            }
            catch (UsageException e)
            {
                console.Error.WriteLine($"dockopt: {e.Message}");
                return ExitCodes.UsageOrIoError;
            }
            catch (ConfigurationException e)
            {
                console.Error.WriteLine($"dockopt: {e.FormatWith(DisplayPath.Of(e.File))}");
                return ExitCodes.UsageOrIoError;
            }
        }
    }
}
