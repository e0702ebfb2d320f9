using System.Text.Json;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Output;

/// <summary>The JSON report of DESIGN.md §5, schema version 1, and the rules listing of §3.</summary>
public static class JsonReportWriter
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    public static void Write(Stream stream, Report report)
    {
        using var json = new Utf8JsonWriter(stream, Indented);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", "dockopt");
        json.WriteString("version", report.ToolVersion);
        json.WriteEndObject();
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStartObject();
            json.WriteString("path", file.DisplayPath);
            json.WriteStartArray("diagnostics");
            foreach (var d in file.Diagnostics)
            {
                WriteDiagnostic(json, d);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("summary");
        json.WriteNumber("files", report.Files.Count);
        json.WriteNumber("errors", report.Count(Severity.Error));
        json.WriteNumber("warnings", report.Count(Severity.Warning));
        json.WriteNumber("infos", report.Count(Severity.Info));
        json.WriteEndObject();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject();
        json.WriteString("id", d.Id);
        json.WriteString("severity", d.Severity.ToName());
        json.WriteString("category", d.Category);
        json.WriteString("message", d.Message);
        json.WriteNumber("line", d.Location.Line);
        json.WriteNumber("column", d.Location.Column);
        json.WriteNumber("endLine", d.Location.EndLine);
        json.WriteNumber("endColumn", d.Location.EndColumn);
        if (d.HelpUri is null)
        {
            json.WriteNull("helpUri");
        }
        else
        {
            json.WriteString("helpUri", d.HelpUri);
        }

        if (d.Fix is null)
        {
            json.WriteNull("fix");
        }
        else
        {
            json.WriteStartObject("fix");
            json.WriteString("title", d.Fix.Title);
            json.WriteString("applicability", d.Fix.Applicability == Fixes.FixApplicability.Safe ? "safe" : "unsafe");
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Every rule's metadata as a JSON array (DESIGN.md §3), for <c>rules --format json</c>.</summary>
    public static void WriteRules(Stream stream, IEnumerable<RuleMetadata> rules)
    {
        using var json = new Utf8JsonWriter(stream, Indented);
        json.WriteStartArray();
        foreach (var rule in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("title", rule.Title);
            json.WriteString("messageFormat", rule.MessageFormat);
            json.WriteString("category", rule.Category);
            json.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
            json.WriteString("fix", rule.Fix.ToString().ToLowerInvariant());
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartArray("equivalents");
            foreach (var e in rule.Equivalents)
            {
                json.WriteStringValue(e);
            }

            json.WriteEndArray();
            json.WriteStartObject("documentation");
            json.WriteString("whatItDoes", rule.Documentation.WhatItDoes);
            json.WriteString("whyItMatters", rule.Documentation.WhyItMatters);
            json.WriteString("example", rule.Documentation.Example);
            json.WriteString("useInstead", rule.Documentation.UseInstead);
            json.WriteString("fixSafety", rule.Documentation.FixSafety);
            json.WriteString("references", rule.Documentation.References);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }
}
