using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Fixes;
using DockOpt.Core.Rules;
using DockOpt.Core.Text;
using NuGet.Versioning;

namespace DockOpt.Core.Output;

/// <summary>
/// SARIF 2.1.0, as GitHub code scanning, Azure DevOps and IDE viewers read it: one run whose driver
/// describes every rule that has a result, results with 1-based UTF-16 regions (<c>endColumn</c>
/// exclusive, as SARIF defines it), fixes as replacements, and a stable
/// <see cref="Fingerprints">partial fingerprint</see> so a service does not open a new alert when
/// lines move. Relative paths are given against <c>%SRCROOT%</c>.
/// </summary>
public static class SarifReportWriter
{
    public const string SchemaUri = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    public const string InformationUri = "https://github.com/dockopt/dockopt";
    public const string SourceRootId = "%SRCROOT%";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<IReadOnlyDictionary<string, string>> RuleNames = new(ReadRuleNames);

    public static void Write(TextWriter writer, Report report) => Utf8Text.WriteTo(writer, stream => Write(stream, report));

    public static void Write(Stream stream, Report report)
    {
        var ruleIds = report.Files.SelectMany(f => f.Diagnostics).Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        var ruleIndex = ruleIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);

        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "dockopt");
        json.WriteString("version", report.ToolVersion);
        if (SemanticVersion.TryParse(report.ToolVersion, out _))
        {
            json.WriteString("semanticVersion", report.ToolVersion);
        }

        json.WriteString("informationUri", InformationUri);
        json.WriteStartArray("rules");
        foreach (var id in ruleIds)
        {
            WriteRule(json, id);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var file in report.Files)
        {
            var fingerprints = Fingerprints.ComputeAll(file);
            for (var i = 0; i < file.Diagnostics.Count; i++)
            {
                var d = file.Diagnostics[i];
                WriteResult(json, file, d, ruleIndex[d.Id], fingerprints[i]);
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>SARIF's name for a severity: error, warning, note, or none.</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };

    /// <summary>
    /// The artifact URI for a path as shown to users: a relative reference with each segment
    /// percent-encoded (and <c>%SRCROOT%</c> as its base), or a <c>file:</c> URI for an absolute path.
    /// </summary>
    public static (string Uri, string? UriBaseId) ArtifactUri(string displayPath)
    {
        if (Path.IsPathFullyQualified(displayPath))
        {
            return (new Uri(displayPath).AbsoluteUri, null);
        }

        var segments = Fingerprints.NormalizePath(displayPath).Split('/').Select(Uri.EscapeDataString);
        return (string.Join('/', segments), SourceRootId);
    }

    private static void WriteRule(Utf8JsonWriter json, string id)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        if (RuleNames.Value.TryGetValue(id, out var name))
        {
            json.WriteString("name", name);
        }

        if (RuleCatalog.TryGet(id, out var rule))
        {
            var docs = rule.Documentation;
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", docs.WhatItDoes, docs.WhatItDoes);
            WriteMessage(json, "help", docs.WhatItDoes + "\n\n" + docs.WhyItMatters + "\n\nSee " + rule.HelpUri, HelpMarkdown(rule));
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteStringValue("dockerfile");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static string HelpMarkdown(RuleMetadata rule)
    {
        var docs = rule.Documentation;
        var builder = new StringBuilder();
        foreach (var (title, body) in new[]
        {
            ("What it does", docs.WhatItDoes),
            ("Why it matters", docs.WhyItMatters),
            ("Example", docs.Example),
            ("Use instead", docs.UseInstead),
            ("Fix safety", docs.FixSafety),
            ("References", docs.References),
        })
        {
            builder.Append("## ").Append(title).Append("\n\n").Append(body).Append("\n\n");
        }

        builder.Append("[Rule documentation](").Append(rule.HelpUri).Append(')');
        return builder.ToString();
    }

    private static void WriteResult(Utf8JsonWriter json, FileReport file, Diagnostic d, int ruleIndex, string fingerprint)
    {
        var (uri, uriBaseId) = ArtifactUri(file.DisplayPath);
        json.WriteStartObject();
        json.WriteString("ruleId", d.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(d.Severity));
        WriteMessage(json, "message", d.Message);
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri, uriBaseId);
        WriteRegion(json, "region", d.Location);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("partialFingerprints");
        json.WriteString(Fingerprints.SarifName, fingerprint);
        json.WriteEndObject();
        if (d.Fix is { } fix)
        {
            json.WriteStartArray("fixes");
            WriteFix(json, file.Result.Source, fix, uri, uriBaseId);
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteFix(Utf8JsonWriter json, SourceText source, Fix fix, string uri, string? uriBaseId)
    {
        json.WriteStartObject();
        WriteMessage(json, "description", fix.Title);
        json.WriteStartArray("artifactChanges");
        json.WriteStartObject();
        WriteArtifactLocation(json, uri, uriBaseId);
        json.WriteStartArray("replacements");
        foreach (var edit in fix.Edits)
        {
            json.WriteStartObject();
            WriteRegion(json, "deletedRegion", source.GetLocation(edit.Span));
            if (edit.NewText.Length > 0)
            {
                WriteMessage(json, "insertedContent", edit.NewText);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("applicability", fix.Applicability == FixApplicability.Safe ? "safe" : "unsafe");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri, string? uriBaseId)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        if (uriBaseId is not null)
        {
            json.WriteString("uriBaseId", uriBaseId);
        }

        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, Location location)
    {
        json.WriteStartObject(name);
        json.WriteNumber("startLine", location.Line);
        json.WriteNumber("startColumn", location.Column);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
    }

    /// <summary>A SARIF message or multiformat string: plain text, and Markdown when there is some.</summary>
    private static void WriteMessage(Utf8JsonWriter json, string name, string text, string? markdown = null)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        if (markdown is not null)
        {
            json.WriteString("markdown", markdown);
        }

        json.WriteEndObject();
    }

    /// <summary>SARIF's <c>name</c> of a rule: the name of its constant in <see cref="RuleIds"/>, e.g. CopyAllBeforeDependencyInstall.</summary>
    private static IReadOnlyDictionary<string, string> ReadRuleNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in typeof(RuleIds).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string id)
            {
                names.TryAdd(id, field.Name);
            }
        }

        return names;
    }
}
