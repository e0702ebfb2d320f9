using System.CommandLine;
using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;
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
        var failLevelGiven = parse.GetResult(definition.FailLevel) is { Implicit: false };
        var quiet = parse.GetValue(definition.Quiet);
        var options = new AnalyzerOptions
        {
            Select = SplitList(parse.GetValue(definition.Select)),
            Ignore = SplitList(parse.GetValue(definition.Ignore)),
            Model = new ModelOptions
            {
                BuildArgs = ParseBuildArgs(parse.GetValue(definition.BuildArgs)),
                Target = parse.GetValue(definition.Target),
            },
            Configuration = new ConfigurationProvider(parse.GetValue(definition.Config)),
            Project = ProjectEvaluation.Resolve(parse.GetValue(definition.Project), parse.GetValue(definition.ProjectProperties)),
        };
        var context = ContextFolder(parse.GetValue(definition.Context));

        var baselinePath = parse.GetValue(definition.Baseline);
        var baseline = baselinePath is null ? null : Baseline.Load(baselinePath);
        var inputs = InputFiles.Resolve(parse.GetValue(definition.Paths), console);
        var contextReads = new List<(InputFile Input, BuildContextView? View)>();
        var files = inputs.Select(input =>
        {
            var view = BuildContextOf(input, context);
            contextReads.Add((input, view));
            return new FileReport(input.DisplayPath, DockerfileAnalyzer.Analyze(input.Source, options with { BuildContext = view }));
        }).ToList();
        if (parse.GetValue(definition.ContextReads) is { } contextReadsPath)
        {
            WriteContextReads(contextReadsPath, contextReads);
        }

        var writeBaselinePath = parse.GetValue(definition.WriteBaseline);
        if (writeBaselinePath is not null)
        {
            // The new baseline holds every finding of today, so this run reports none of them.
            baseline = Baseline.Create(files.Select(f => f.Result), writeBaselinePath);
            try
            {
                baseline.Save(writeBaselinePath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot write '{writeBaselinePath}': {e.Message}");
            }
        }

        if (baseline is not null)
        {
            files = files.Select(f => f with { Result = baseline.Filter(f.Result) }).ToList();
        }

        var report = new Report(files, ToolInfo.Version);
        var outputPath = parse.GetValue(definition.Output);
        var format = parse.GetValue(definition.Format)!;
        if (outputPath is null)
        {
            RenderReport(report, format, console.Out, console.UseColor(parse.GetValue(definition.NoColor)), quiet);
        }
        else
        {
            using var writer = OutputFile.Create(outputPath);
            RenderReport(report, format, writer, color: false, quiet);
        }

        if (!quiet)
        {
            WriteNotes(console.Error, files, writeBaselinePath is null ? null : (writeBaselinePath, baseline!.Entries.Count));
        }

        var fails = files.Any(f => Fails(f, failLevelGiven ? failLevel : f.Result.Configuration.FailLevel ?? failLevel));
        return fails ? ExitCodes.Findings : ExitCodes.Success;
    }

    /// <summary>
    /// For build integrations that cache findings (the MSBuild task out of process): one line per path of a
    /// build context the analysis looked at, <c>DOCKERFILE TAB PATH</c>, both full paths.
    /// </summary>
    private static void WriteContextReads(string path, IEnumerable<(InputFile Input, BuildContextView? View)> reads)
    {
        var lines = reads
            .Where(r => r.View is not null && r.Input.Source.Path is not (null or "<stdin>"))
            .SelectMany(r => r.View!.Consulted.Select(consulted => Path.GetFullPath(r.Input.Source.Path!) + "\t" + consulted));
        try
        {
            File.WriteAllLines(path, lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"cannot write '{path}': {e.Message}");
        }
    }

    /// <summary>True when a finding of <paramref name="file"/> is at or above <paramref name="failLevel"/>; none never fails.</summary>
    private static bool Fails(FileReport file, Severity failLevel) =>
        failLevel != Severity.None && file.Diagnostics.Any(d => d.Severity >= failLevel);

    /// <summary>Renders the report; <c>--quiet</c> drops the text format's closing summary line.</summary>
    private static void RenderReport(Report report, string format, TextWriter writer, bool color, bool quiet)
    {
        if (!quiet || format != "text")
        {
            Render(report, format, writer, color);
            return;
        }

        using var buffer = new StringWriter { NewLine = writer.NewLine };
        Render(report, format, buffer, color);
        var text = buffer.ToString().TrimEnd('\r', '\n');
        var lastLine = text.LastIndexOf('\n');
        writer.Write(lastLine < 0 ? string.Empty : text[..(lastLine + 1)]);
        writer.Flush();
    }

    /// <summary>Configuration notices (an unknown rule id), what suppression comments and the baseline hid, and the baseline written: on standard error.</summary>
    private static void WriteNotes(TextWriter error, IReadOnlyList<FileReport> files, (string Path, int Count)? written)
    {
        foreach (var notice in files.SelectMany(f => f.Result.Configuration.Notices).Distinct())
        {
            var location = notice.Line > 0 ? $"{DisplayPath.Of(notice.File)}({notice.Line})" : DisplayPath.Of(notice.File);
            error.WriteLine($"{location}: info: {notice.Message}");
        }

        var suppressed = files.Sum(f => f.Result.SuppressedCount);
        var baselined = files.Sum(f => f.Result.BaselinedCount);
        if (written is { } baseline)
        {
            error.WriteLine($"dockopt: wrote {Count(baseline.Count, "finding")} to the baseline '{baseline.Path}'.");
        }
        else if (baselined > 0)
        {
            error.WriteLine($"dockopt: {Count(baselined, "finding")} in the baseline not shown.");
        }

        if (suppressed > 0)
        {
            error.WriteLine($"dockopt: {Count(suppressed, "finding")} suppressed by comments.");
        }

        static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
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

    /// <summary>
    /// The build context: the <c>--context</c> folder when given, else the Dockerfile's folder, as with a plain
    /// <c>docker build .</c>; standard input has none unless <c>--context</c> names one.
    /// </summary>
    internal static BuildContextView? BuildContextOf(InputFile input, string? contextFolder) =>
        contextFolder is not null ? new BuildContextView(contextFolder)
        : input.Source.Path is null or "<stdin>" ? null
        : new BuildContextView(Path.GetDirectoryName(Path.GetFullPath(input.Source.Path))!);

    /// <summary>The full path of the <c>--context</c> folder, which must exist.</summary>
    internal static string? ContextFolder(string? option)
    {
        if (option is null)
        {
            return null;
        }

        var full = Path.GetFullPath(option);
        return Directory.Exists(full) ? full : throw new UsageException($"the build context folder '{option}' does not exist");
    }

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

/// <summary>How the CLI shows a path it did not get from the user (a configuration file): relative to the current folder when below it.</summary>
internal static class DisplayPath
{
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
    }
}
