using System.CommandLine;
using DockOpt.Cli.Commands.Check;
using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;
using DockOpt.Core.Fixes;

namespace DockOpt.Cli.Commands.Fix;

/// <summary>Runs <c>fix</c>: Core computes the fixed text; this writes it, or prints a diff.</summary>
internal static class FixCommand
{
    public static int Run(ParseResult parse, FixCommandDefinition definition, CliConsole console)
    {
        var options = new FixOptions
        {
            IncludeUnsafe = parse.GetValue(definition.UnsafeFixes),
            Analyzer = new AnalyzerOptions
            {
                Select = CheckCommand.SplitList(parse.GetValue(definition.Select)),
                Ignore = CheckCommand.SplitList(parse.GetValue(definition.Ignore)),

                // The .editorconfig (and .hadolint.yaml) settings check uses: a rule turned off there is not fixed either.
                Configuration = new ConfigurationProvider(parse.GetValue(definition.Config)),
            },
        };
        var showDiff = parse.GetValue(definition.Diff);
        var checkOnly = parse.GetValue(definition.Check);
        var context = CheckCommand.ContextFolder(parse.GetValue(definition.Context));
        var inputs = InputFiles.Resolve(parse.GetValue(definition.Paths), console);

        var changedFiles = 0;
        var appliedFixes = 0;
        var failed = false;
        foreach (var input in inputs)
        {
            var result = FixEngine.Apply(input.Source, options with
            {
                Analyzer = options.Analyzer with { BuildContext = CheckCommand.BuildContextOf(input, context) },
            });
            if (result.Problem is not null)
            {
                console.Error.WriteLine($"dockopt: {input.DisplayPath}: {result.Problem}");
                failed = true;
                continue;
            }

            if (!result.Changed)
            {
                continue;
            }

            changedFiles++;
            appliedFixes += result.Applied.Count;
            if (showDiff)
            {
                console.Out.Write(UnifiedDiff.Create(input.Source.Text, result.FixedText, "a/" + input.DisplayPath, "b/" + input.DisplayPath));
            }

            if (!showDiff && !checkOnly)
            {
                if (input.Source.Path is null or "<stdin>")
                {
                    console.Out.Write(result.FixedText);
                    continue;
                }

                try
                {
                    AtomicFile.WriteAllBytes(input.Source.Path, result.FixedBytes);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new UsageException($"cannot write '{input.DisplayPath}': {e.Message}");
                }
            }
        }

        var verb = showDiff || checkOnly ? "would fix" : "fixed";
        console.Error.WriteLine(changedFiles == 0
            ? "dockopt: nothing to fix."
            : $"dockopt: {verb} {appliedFixes} finding(s) in {changedFiles} file(s).");
        if (failed)
        {
            return ExitCodes.UsageOrIoError;
        }

        return checkOnly && changedFiles > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
