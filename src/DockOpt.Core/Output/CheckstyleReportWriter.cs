using System.Globalization;
using System.Text;
using System.Xml;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Output;

/// <summary>
/// Checkstyle XML, which Jenkins' warnings-ng, SonarQube and many CI dashboards import: a
/// <c>file</c> element for every file checked, an <c>error</c> element for each finding, its rule
/// as <c>source="dockopt.DOPT1001"</c>. Characters that XML 1.0 cannot hold become U+FFFD.
/// </summary>
public static class CheckstyleReportWriter
{
    /// <summary>The Checkstyle report version these files follow.</summary>
    public const string FormatVersion = "4.3";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = Utf8Text.NoBom,
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    public static void Write(TextWriter writer, Report report) => Utf8Text.WriteTo(writer, stream => Write(stream, report));

    public static void Write(Stream stream, Report report)
    {
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("checkstyle");
            xml.WriteAttributeString("version", FormatVersion);
            foreach (var file in report.Files)
            {
                xml.WriteStartElement("file");
                xml.WriteAttributeString("name", Clean(file.DisplayPath));
                foreach (var d in file.Diagnostics)
                {
                    xml.WriteStartElement("error");
                    xml.WriteAttributeString("line", d.Location.Line.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("column", d.Location.Column.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("severity", SeverityName(d.Severity));
                    xml.WriteAttributeString("message", Clean(d.Message));
                    xml.WriteAttributeString("source", "dockopt." + d.Id);
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        stream.WriteByte((byte)'\n');
    }

    /// <summary>Checkstyle's severities: error, warning, info.</summary>
    private static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The text with each character XML 1.0 forbids (most control characters, lone surrogates) replaced by U+FFFD.</summary>
    private static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder?.Append(c);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
            }
            else
            {
                builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                builder.Append('\uFFFD');
            }
        }

        return builder?.ToString() ?? text;
    }
}
