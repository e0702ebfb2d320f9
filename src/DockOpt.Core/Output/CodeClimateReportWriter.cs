using System.Text.Encodings.Web;
using System.Text.Json;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Output;

/// <summary>
/// GitLab's Code Quality report (a subset of the Code Climate issue format): a JSON array with one
/// object per finding carrying <c>description</c>, <c>check_name</c>, a stable
/// <see cref="Fingerprints">fingerprint</see> (GitLab compares reports by it), <c>severity</c> and
/// <c>location.path</c> with <c>location.lines.begin</c>.
/// </summary>
public static class CodeClimateReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter writer, Report report) => Utf8Text.WriteTo(writer, stream => Write(stream, report));

    public static void Write(Stream stream, Report report)
    {
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartArray();
        foreach (var file in report.Files)
        {
            var path = Fingerprints.NormalizePath(file.DisplayPath);
            var fingerprints = Fingerprints.ComputeAll(file);
            for (var i = 0; i < file.Diagnostics.Count; i++)
            {
                var d = file.Diagnostics[i];
                json.WriteStartObject();
                json.WriteString("description", d.Message);
                json.WriteString("check_name", d.Id);
                json.WriteString("fingerprint", fingerprints[i]);
                json.WriteString("severity", SeverityName(d.Severity));
                json.WriteStartObject("location");
                json.WriteString("path", path);
                json.WriteStartObject("lines");
                json.WriteNumber("begin", d.Location.Line);
                json.WriteNumber("end", d.Location.EndLine);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>GitLab's scale is info, minor, major, critical, blocker: an error is critical, a warning major, an info info.</summary>
    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "critical",
        Severity.Warning => "major",
        _ => "info",
    };
}
