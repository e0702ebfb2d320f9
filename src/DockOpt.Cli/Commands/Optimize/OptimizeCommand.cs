using System.CommandLine;
using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Optimizer;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Cli.Commands.Optimize;

/// <summary>Runs <c>optimize</c>: Core rewrites; this prints, diffs or writes.</summary>
internal static class OptimizeCommand
{
    public static int Run(ParseResult parse, OptimizeCommandDefinition definition, CliConsole console)
    {
        var path = parse.GetValue(definition.Path)!;
        if (!File.Exists(path))
        {
            throw new UsageException($"'{path}' does not exist or is not a file");
        }

        SourceText source;
        try
        {
            source = SourceText.From(File.ReadAllBytes(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }

        var contextDirectory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var options = new OptimizeOptions
        {
            Target = parse.GetValue(definition.Target) == "cloudrun" ? OptimizeTarget.CloudRun : OptimizeTarget.Generic,
            BuildContext = new BuildContextView(contextDirectory),
        };
        var result = PythonDockerfileOptimizer.Optimize(DockerfileSyntax.Parse(source), options);
        switch (result.Outcome)
        {
            case OptimizeOutcome.NotSupported:
                console.Error.WriteLine($"dockopt: cannot optimize '{path}': {result.Reason}");
                return ExitCodes.UsageOrIoError;
            case OptimizeOutcome.AlreadyOptimized:
                console.Error.WriteLine($"dockopt: '{path}' is already multi-stage; nothing to rewrite ('dotnet dockopt check' still reviews it).");
                return ExitCodes.Success;
        }

        var text = result.Text!;
        if (parse.GetValue(definition.Diff))
        {
            console.Out.Write(UnifiedDiff.Create(source.Text, text, "a/" + path, "b/" + path));
        }
        else if (parse.GetValue(definition.Write))
        {
            if (!source.IsValidUtf8)
            {
                throw new UsageException($"'{path}' is not valid UTF-8; it is not rewritten");
            }

            try
            {
                AtomicFile.WriteAllBytes(path, SourceText.Encode(text, source.HasBom));
                var ignore = Path.Combine(contextDirectory, ".dockerignore");
                if (result.Dockerignore is not null && !File.Exists(ignore))
                {
                    AtomicFile.WriteAllBytes(ignore, SourceText.Encode(result.Dockerignore, withBom: false));
                    console.Error.WriteLine($"dockopt: wrote {ignore}");
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write '{path}': {e.Message}");
            }

            console.Error.WriteLine($"dockopt: rewrote {path}");
        }
        else
        {
            console.Out.Write(text);
        }

        return ExitCodes.Success;
    }
}
