using System.Globalization;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Output;

/// <summary>
/// Canonical compiler-style lines that MSBuild, Visual Studio, Rider and VS Code recognise:
/// <c>path(line,col,endLine,endCol): warning DOPT1001: message [helpUri]</c>.
/// </summary>
public static class MsBuildReportWriter
{
    public static void Write(TextWriter writer, Report report)
    {
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                writer.WriteLine(Format(file.DisplayPath, d));
            }
        }
    }

    public static string Format(string path, Diagnostic d)
    {
        var l = d.Location;
        var category = d.Severity == Severity.Error ? "error" : d.Severity == Severity.Warning ? "warning" : "info";
        return string.Create(CultureInfo.InvariantCulture, $"{path}({l.Line},{l.Column},{l.EndLine},{l.EndColumn}): {category} {d.Id}: {d.Message}");
    }
}
