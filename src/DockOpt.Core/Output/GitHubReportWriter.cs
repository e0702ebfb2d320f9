using System.Globalization;
using System.Text;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Output;

/// <summary>
/// GitHub Actions workflow commands, one line per finding, which the runner turns into annotations
/// on the pull request: <c>::warning file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=ID Title::message</c>.
/// Columns are sent only for a finding on one line, as GitHub accepts them.
/// </summary>
public static class GitHubReportWriter
{
    public static void Write(TextWriter writer, Report report)
    {
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                writer.Write(Format(file.DisplayPath, d));
                writer.Write('\n');
            }
        }
    }

    public static string Format(string path, Diagnostic d)
    {
        var l = d.Location;
        var command = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "notice",
        };
        var title = RuleCatalog.TryGet(d.Id, out var rule) ? $"{d.Id} {rule.Title}" : d.Id;
        var builder = new StringBuilder("::").Append(command);
        builder.Append(" file=").Append(EscapeProperty(Fingerprints.NormalizePath(path)));
        builder.Append(",line=").Append(l.Line.ToString(CultureInfo.InvariantCulture));
        if (l.EndLine == l.Line)
        {
            builder.Append(",col=").Append(l.Column.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(",endLine=").Append(l.EndLine.ToString(CultureInfo.InvariantCulture));
        if (l.EndLine == l.Line)
        {
            builder.Append(",endColumn=").Append(l.EndColumn.ToString(CultureInfo.InvariantCulture));
        }

        builder.Append(",title=").Append(EscapeProperty(title));
        builder.Append("::").Append(EscapeData(d.Message));
        return builder.ToString();
    }

    /// <summary>A command's message: %, CR and LF are percent-encoded, as the runner decodes them.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value: as <see cref="EscapeData"/>, and the separators : and , as well.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
