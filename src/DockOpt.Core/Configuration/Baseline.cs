using System.Text.Encodings.Web;
using System.Text.Json;
using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Fixes;
using DockOpt.Core.Output;

namespace DockOpt.Core.Configuration;

/// <summary>A finding recorded in a baseline: its rule, its file (relative to the baseline, <c>/</c>-separated), its fingerprint and, for people reading the file, its message.</summary>
public sealed record BaselineEntry(string Id, string Path, string Fingerprint, string Message);

/// <summary>
/// Findings accepted as they are today, so that only new ones count (<c>check --write-baseline</c>,
/// <c>check --baseline</c>, the MSBuild package's <c>DockOptBaseline</c>). A finding is in the baseline
/// when its rule id, its path relative to the baseline file and its <see cref="Fingerprints"/> match
/// an entry; the fingerprint hashes the instruction's text, not its line, so lines inserted or removed
/// elsewhere leave recorded findings recorded. Editing the instruction itself makes its findings new.
/// </summary>
public sealed class Baseline
{
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HashSet<(string Id, string Path, string Fingerprint)> _keys;

    private Baseline(string directory, IReadOnlyList<BaselineEntry> entries)
    {
        Directory = directory;
        Entries = entries;
        _keys = entries.Select(e => (e.Id.ToUpperInvariant(), e.Path, e.Fingerprint)).ToHashSet();
    }

    /// <summary>The folder entry paths are relative to: the baseline file's.</summary>
    public string Directory { get; }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Records every finding of <paramref name="results"/> for a baseline to be saved at <paramref name="baselinePath"/>.</summary>
    public static Baseline Create(IEnumerable<AnalysisResult> results, string baselinePath)
    {
        var directory = DirectoryOf(baselinePath);
        var entries = new List<BaselineEntry>();
        foreach (var result in results)
        {
            var path = PathKey(directory, result);
            var fingerprints = Fingerprints.ComputeAll(new FileReport(path, result));
            for (var i = 0; i < result.Diagnostics.Count; i++)
            {
                var d = result.Diagnostics[i];
                entries.Add(new BaselineEntry(d.Id, path, fingerprints[i], d.Message));
            }
        }

        return new Baseline(directory, entries.OrderBy(e => e.Path, StringComparer.Ordinal).ToArray());
    }

    /// <summary>Reads a baseline; throws <see cref="ConfigurationException"/> when it cannot be read or is not one.</summary>
    public static Baseline Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigurationException(path, 0, $"cannot read the baseline: {e.Message}", e);
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                throw new ConfigurationException(path, 0, "not a dockopt baseline: 'schemaVersion' is missing");
            }

            if (version.GetInt32() != SchemaVersion)
            {
                throw new ConfigurationException(path, 0, $"baseline schema version {version.GetRawText()} is not supported (this dockopt reads version {SchemaVersion})");
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new ConfigurationException(path, 0, "not a dockopt baseline: 'findings' is missing");
            }

            var entries = new List<BaselineEntry>();
            foreach (var finding in findings.EnumerateArray())
            {
                string Field(string name) => finding.ValueKind == JsonValueKind.Object && finding.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : throw new ConfigurationException(path, 0, $"a baseline finding has no '{name}'");
                entries.Add(new BaselineEntry(Field("id"), Field("path"), Field("fingerprint"), finding.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String ? message.GetString()! : string.Empty));
            }

            return new Baseline(DirectoryOf(path), entries);
        }
        catch (JsonException e)
        {
            throw new ConfigurationException(path, (int)(e.LineNumber ?? -1) + 1, $"the baseline is not valid JSON: {e.Message}", e);
        }
    }

    /// <summary><paramref name="result"/> without the findings this baseline holds; <see cref="AnalysisResult.BaselinedCount"/> says how many were dropped.</summary>
    public AnalysisResult Filter(AnalysisResult result)
    {
        if (result.Diagnostics.Count == 0)
        {
            return result;
        }

        var path = PathKey(Directory, result);
        var fingerprints = Fingerprints.ComputeAll(new FileReport(path, result));
        var kept = new List<Diagnostic>(result.Diagnostics.Count);
        for (var i = 0; i < result.Diagnostics.Count; i++)
        {
            var d = result.Diagnostics[i];
            if (!_keys.Contains((d.Id.ToUpperInvariant(), path, fingerprints[i])))
            {
                kept.Add(d);
            }
        }

        return result with { Diagnostics = kept, BaselinedCount = result.BaselinedCount + result.Diagnostics.Count - kept.Count };
    }

    /// <summary>Writes the baseline as JSON to <paramref name="stream"/>.</summary>
    public void Write(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, WriterOptions);
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteString("tool", "dockopt");
        json.WriteStartArray("findings");
        foreach (var entry in Entries)
        {
            json.WriteStartObject();
            json.WriteString("id", entry.Id);
            json.WriteString("path", entry.Path);
            json.WriteString("fingerprint", entry.Fingerprint);
            json.WriteString("message", entry.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the baseline to <paramref name="path"/>, replacing the file atomically.</summary>
    public void Save(string path)
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        buffer.WriteByte((byte)'\n');
        AtomicFile.WriteAllBytes(path, buffer.ToArray());
    }

    private static string DirectoryOf(string baselinePath) =>
        System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(baselinePath)) ?? System.IO.Path.GetFullPath(".");

    /// <summary>The file's path relative to the baseline's folder, <c>/</c>-separated; standard input is <c>&lt;stdin&gt;</c>.</summary>
    private static string PathKey(string directory, AnalysisResult result) => result.Path is null or "<stdin>"
        ? "<stdin>"
        : Fingerprints.NormalizePath(System.IO.Path.GetRelativePath(directory, System.IO.Path.GetFullPath(result.Path)));
}
