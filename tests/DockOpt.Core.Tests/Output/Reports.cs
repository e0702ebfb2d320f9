using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Output;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Output;

/// <summary>Small reports for the format tests: real analyses of short Dockerfiles, or one hand-made finding.</summary>
internal static class Reports
{
    public const string Version = "1.2.3";

    public static FileReport File(string dockerfile, string path = "Dockerfile", AnalyzerOptions? options = null) =>
        new(path, DockerfileAnalyzer.Analyze(dockerfile, path, options));

    public static Report Of(string dockerfile, string path = "Dockerfile", AnalyzerOptions? options = null) =>
        new([File(dockerfile, path, options)], Version);

    public static Report Of(params FileReport[] files) => new(files, Version);

    /// <summary>DOPT0001 as an error, DOPT4001 as a warning and DOPT3001 as an info.</summary>
    public static Report EverySeverity() => Of(
        "FROM ubuntu\nRUNN x\n",
        options: new AnalyzerOptions
        {
            Select = ["DOPT0001", "DOPT3001", "DOPT4001"],
            SeverityOverrides = new Dictionary<string, Severity> { ["DOPT3001"] = Severity.Info },
        });

    /// <summary>Only the unpinned-base-image rule, so that an exact expectation does not move as rules are added.</summary>
    public static AnalyzerOptions Unpinned { get; } = new() { Select = ["DOPT4001"] };

    /// <summary>A file whose only finding is <paramref name="message"/> at <paramref name="location"/>, for what analysis does not produce.</summary>
    public static FileReport WithFinding(string dockerfile, string message, Location location, string path = "Dockerfile", Severity severity = Severity.Warning)
    {
        var result = DockerfileAnalyzer.Analyze(dockerfile, path);
        var source = result.Source;
        var start = source.GetLineStart(location.Line) + location.Column - 1;
        var end = source.GetLineStart(location.EndLine) + location.EndColumn - 1;
        var diagnostic = new Diagnostic("DOPT4001", severity, "correctness", message, new TextSpan(start, end), location, null);
        return new FileReport(path, result with { Diagnostics = [diagnostic] });
    }

    public static string Render(Action<TextWriter, Report> write, Report report)
    {
        var writer = new StringWriter();
        write(writer, report);
        return writer.ToString();
    }
}
