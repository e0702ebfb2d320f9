using System.CommandLine;
using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Output;
using DockOpt.Core.Semantics;
using DockOpt.Core.Text;
using DockOpt.Core.Workspace;

namespace DockOpt.Cli.Commands.Check;

/// <summary>Runs <c>check</c>: reads the files, asks Core for the findings, renders them.</summary>
internal static class CheckCommand
{
    public static int Run(ParseResult parse, CheckCommandDefinition definition, CliConsole console)
    {
        var failLevelText = parse.GetValue(definition.FailLevel)!;
        SeverityNames.TryParse(failLevelText, out var failLevel);
        var options = new AnalyzerOptions
        {
            Select = SplitList(parse.GetValue(definition.Select)),
            Ignore = SplitList(parse.GetValue(definition.Ignore)),
            Model = new ModelOptions
            {
                BuildArgs = ParseBuildArgs(parse.GetValue(definition.BuildArgs)),
                Target = parse.GetValue(definition.Target),
            },
        };

        var inputs = InputFiles.Resolve(parse.GetValue(definition.Paths), console);
        var files = inputs.Select(input => new FileReport(input.DisplayPath, DockerfileAnalyzer.Analyze(input.Source, options with { BuildContext = BuildContextOf(input) }))).ToList();
        var report = new Report(files, ToolInfo.Version);

        var outputPath = parse.GetValue(definition.Output);
        var format = parse.GetValue(definition.Format)!;
        if (outputPath is null)
        {
            Render(report, format, console.Out, console.UseColor(parse.GetValue(definition.NoColor)));
        }
        else
        {
            using var writer = OutputFile.Create(outputPath);
            Render(report, format, writer, color: false);
        }

        return report.Fails(failLevel) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void Render(Report report, string format, TextWriter writer, bool color)
    {
        switch (format)
        {
            case "json":
                using (var stream = new MemoryStream())
                {
                    JsonReportWriter.Write(stream, report);
                    writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                }

                break;
            case "msbuild":
                MsBuildReportWriter.Write(writer, report);
                break;
            case "sarif":
                SarifReportWriter.Write(writer, report);
                break;
            case "github":
                GitHubReportWriter.Write(writer, report);
                break;
            case "checkstyle":
                CheckstyleReportWriter.Write(writer, report);
                break;
            case "gnu":
                GnuReportWriter.Write(writer, report);
                break;
            case "codeclimate":
                CodeClimateReportWriter.Write(writer, report);
                break;
            default:
                TextReportWriter.Write(writer, report, new TextReportOptions { Color = color });
                break;
        }

        writer.Flush();
    }

    /// <summary>The Dockerfile's folder stands for the build context, as with a plain <c>docker build .</c>.</summary>
    internal static BuildContextView? BuildContextOf(InputFile input) =>
        input.Source.Path is null or "<stdin>" ? null : new BuildContextView(Path.GetDirectoryName(Path.GetFullPath(input.Source.Path))!);

    internal static string[] SplitList(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToArray();

    private static Dictionary<string, string> ParseBuildArgs(string[]? values)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in values ?? [])
        {
            var equals = value.IndexOf('=');
            if (equals <= 0)
            {
                throw new UsageException($"--build-arg takes NAME=VALUE, not '{value}'");
            }

            result[value[..equals]] = value[(equals + 1)..];
        }

        return result;
    }
}

/// <summary>A Dockerfile to analyse: its text and the path to show for it.</summary>
internal sealed record InputFile(string DisplayPath, SourceText Source);

internal static class InputFiles
{
    /// <summary>Files as given, folders searched, "-" read from standard input; a missing path is a usage error.</summary>
    public static IReadOnlyList<InputFile> Resolve(string[]? paths, CliConsole console)
    {
        if (paths is null || paths.Length == 0)
        {
            paths = ["."];
        }

        var inputs = new List<InputFile>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stdin = console.OpenInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                inputs.Add(new InputFile("<stdin>", SourceText.From(buffer.ToArray(), "<stdin>")));
            }
            else if (Directory.Exists(path))
            {
                var found = DockerfileFinder.Find(path);
                if (found.Count == 0)
                {
                    throw new UsageException($"no Dockerfile found in '{path}' (looked for Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile)");
                }

                inputs.AddRange(found.Select(Read));
            }
            else if (File.Exists(path))
            {
                inputs.Add(Read(path));
            }
            else
            {
                throw new UsageException($"'{path}' does not exist");
            }
        }

        return inputs;
    }

    private static InputFile Read(string path)
    {
        var display = Path.IsPathRooted(path) ? path : path.Replace('\\', '/');
        if (display.StartsWith("./", StringComparison.Ordinal))
        {
            display = display[2..];
        }

        try
        {
            return new InputFile(display, SourceText.From(File.ReadAllBytes(path), path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot read '{path}': {e.Message}");
        }
    }
}

internal static class OutputFile
{
    public static StreamWriter Create(string path)
    {
        try
        {
            return new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }
}
