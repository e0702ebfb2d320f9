using System.CommandLine;
using System.Text;
using DockOpt.Cli.Commands.Check;
using DockOpt.Core.Configuration;

namespace DockOpt.Cli.Commands.Migrate;

/// <summary>Runs <c>migrate hadolint</c>: Core translates the configuration; this finds it, prints it or adds it to a file.</summary>
internal static class MigrateCommand
{
    public static int RunHadolint(ParseResult parse, MigrateCommandDefinition definition, CliConsole console)
    {
        var configPath = parse.GetValue(definition.Config)
            ?? HadolintConfig.Find(Directory.GetCurrentDirectory())
            ?? throw new UsageException("no .hadolint.yaml or .hadolint.yml here or in a folder above; name one with --config");
        if (!File.Exists(configPath))
        {
            throw new UsageException($"'{configPath}' does not exist");
        }

        var config = HadolintConfig.Load(configPath);
        var sourceName = DisplayPath.Of(configPath);
        var outputPath = parse.GetValue(definition.Output);
        if (outputPath is null)
        {
            console.Out.Write(HadolintMigration.ToEditorConfig(config, sourceName));
            return ExitCodes.Success;
        }

        string existing;
        var hasBom = false;
        try
        {
            var bytes = File.Exists(outputPath) ? File.ReadAllBytes(outputPath) : [];
            hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            existing = new UTF8Encoding(false).GetString(bytes.AsSpan(hasBom ? 3 : 0));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{outputPath}': {e.Message}");
        }

        var merge = HadolintMigration.MergeInto(existing, outputPath, config, sourceName);
        foreach (var conflict in merge.Conflicts)
        {
            console.Error.WriteLine($"{DisplayPath.Of(outputPath)}({conflict.Line}): warning: {conflict.Key} is already '{conflict.ExistingValue}'; kept, though {sourceName} says '{conflict.MigratedValue}'");
        }

        if (merge.Text == existing)
        {
            console.Error.WriteLine($"dockopt: nothing to add to '{outputPath}'; it already has every setting.");
            return ExitCodes.Success;
        }

        try
        {
            Core.Fixes.AtomicFile.WriteAllBytes(outputPath, new UTF8Encoding(hasBom).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(merge.Text)).ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{outputPath}': {e.Message}");
        }

        var conflicts = merge.Conflicts.Count == 0 ? string.Empty : $"; {merge.Conflicts.Count} conflicting setting(s) kept as they were";
        console.Error.WriteLine($"dockopt: added {merge.Added} setting(s) to '{outputPath}'{conflicts}.");
        return ExitCodes.Success;
    }
}
