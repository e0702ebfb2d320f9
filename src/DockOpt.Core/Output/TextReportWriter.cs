using System.Globalization;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Output;

public sealed record TextReportOptions
{
    /// <summary>ANSI colours; hosts turn this on only for a terminal without NO_COLOR.</summary>
    public bool Color { get; init; }

    /// <summary>Show the source line under each finding with a marker under its span.</summary>
    public bool ShowSource { get; init; } = true;
}

/// <summary>The human format: <c>path:line:col: severity ID: message</c>, the source line, a marker, and a summary.</summary>
public static class TextReportWriter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";

    public static void Write(TextWriter writer, Report report, TextReportOptions options)
    {
        foreach (var file in report.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                WriteDiagnostic(writer, file, diagnostic, options);
            }
        }

        var errors = report.Count(Severity.Error);
        var warnings = report.Count(Severity.Warning);
        var infos = report.Count(Severity.Info);
        var total = errors + warnings + infos;
        var files = report.Files.Count;
        var summary = total == 0
            ? $"No findings in {Plural(files, "file")}."
            : $"{Plural(errors, "error")}, {Plural(warnings, "warning")}, {Plural(infos, "info")} in {Plural(files, "file")}.";
        writer.WriteLine(options.Color ? Bold + summary + Reset : summary);
    }

    private static void WriteDiagnostic(TextWriter writer, FileReport file, Diagnostic diagnostic, TextReportOptions options)
    {
        var location = diagnostic.Location;
        var severity = diagnostic.Severity.ToName();
        var header = $"{file.DisplayPath}:{location.Line}:{location.Column}: ";
        if (options.Color)
        {
            writer.WriteLine($"{Bold}{header}{Reset}{SeverityColor(diagnostic.Severity)}{severity}{Reset} {Bold}{diagnostic.Id}{Reset}: {diagnostic.Message}");
        }
        else
        {
            writer.WriteLine($"{header}{severity} {diagnostic.Id}: {diagnostic.Message}");
        }

        if (!options.ShowSource)
        {
            return;
        }

        var source = file.Result.Source;
        if (location.Line > source.LineCount)
        {
            return;
        }

        var line = source.GetLineText(location.Line).Replace('\t', ' ');
        var number = location.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length);
        var start = Math.Clamp(location.Column - 1, 0, line.Length);
        var end = location.EndLine == location.Line ? Math.Clamp(location.EndColumn - 1, start, line.Length) : line.Length;
        var marker = new string(' ', start) + new string('^', Math.Max(1, end - start));
        writer.WriteLine(options.Color ? $"{Dim} {number} |{Reset} {line}" : $" {number} | {line}");
        writer.WriteLine(options.Color ? $"{Dim} {gutter} |{Reset} {SeverityColor(diagnostic.Severity)}{marker}{Reset}" : $" {gutter} | {marker}");
        if (diagnostic.Fix is { } fix)
        {
            writer.WriteLine($" {gutter} = fix ({fix.Applicability.ToString().ToLowerInvariant()}): {fix.Title}");
        }

        writer.WriteLine();
    }

    private static string SeverityColor(Severity severity) => severity switch
    {
        Severity.Error => "\u001b[31;1m",
        Severity.Warning => "\u001b[33;1m",
        _ => "\u001b[36;1m",
    };

    private static string Plural(int count, string noun) =>
        count == 1 ? $"1 {noun}" : $"{count.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
