using System.Reflection;
using System.Text;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Rules;

/// <summary>
/// The metadata of every rule, read from the Markdown files embedded in this assembly
/// (<c>Rules/Metadata/DOPTnnnn.md</c>): a front matter block of <c>key: value</c> lines, then the
/// documentation sections. One source serves the hosts, the JSON listing and the generated docs.
/// </summary>
public static class RuleCatalog
{
    /// <summary>Where the generated rule pages are published; each rule's help link is this plus its id.</summary>
    public const string HelpBaseUri = "https://github.com/dockopt/dockopt/blob/main/docs/rules/";

    private const string ResourcePrefix = "DockOpt.Core.Rules.Metadata.";

    private static readonly Lazy<IReadOnlyDictionary<string, RuleMetadata>> Rules = new(Load);

    public static IReadOnlyCollection<RuleMetadata> All => Rules.Value.Values.OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    public static RuleMetadata Get(string id) => Rules.Value.TryGetValue(id, out var rule)
        ? rule
        : throw new KeyNotFoundException($"no metadata for rule {id}");

    public static bool TryGet(string id, out RuleMetadata rule) => Rules.Value.TryGetValue(id.ToUpperInvariant(), out rule!);

    private static IReadOnlyDictionary<string, RuleMetadata> Load()
    {
        var assembly = typeof(RuleCatalog).Assembly;
        var rules = new Dictionary<string, RuleMetadata>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".md", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var rule = Parse(reader.ReadToEnd(), name);
            rules.Add(rule.Id, rule);
        }

        return rules;
    }

    /// <summary>Reads one metadata file; throws with the resource name when it is malformed, which the catalogue tests catch.</summary>
    internal static RuleMetadata Parse(string text, string source)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new FormatException($"{source}: metadata must start with a '---' front matter block");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 1;
        for (; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            var colon = lines[i].IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"{source}:{i + 1}: expected 'key: value'");
            }

            fields[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
        }

        var sections = ReadSections(lines.Skip(i + 1), source);
        string Field(string key) => fields.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{source}: missing '{key}'");
        string Section(string title) => sections.TryGetValue(title, out var value) && value.Length > 0
            ? value
            : throw new FormatException($"{source}: missing section '## {title}'");

        var id = Field("id");
        if (!SeverityNames.TryParse(Field("severity"), out var severity))
        {
            throw new FormatException($"{source}: severity must be error, warning, info or none");
        }

        if (!Enum.TryParse<FixAvailability>(Field("fix"), ignoreCase: true, out var fix))
        {
            throw new FormatException($"{source}: fix must be none, sometimes or always");
        }

        var equivalents = fields.TryGetValue("equivalents", out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new RuleMetadata(
            id,
            Field("title"),
            Field("message"),
            Field("category"),
            severity,
            fix,
            HelpBaseUri + id + ".md",
            equivalents,
            new RuleDocumentation(
                Section("What it does"),
                Section("Why it matters"),
                Section("Example"),
                Section("Use instead"),
                Section("Fix safety"),
                Section("References")));
    }

    private static Dictionary<string, string> ReadSections(IEnumerable<string> lines, string source)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                current = line[3..].Trim();
                continue;
            }

            if (current is null && line.Trim().Length > 0)
            {
                throw new FormatException($"{source}: text before the first '## ' section");
            }

            body.Append(line).Append('\n');
        }

        Flush();
        return sections;

        void Flush()
        {
            if (current is not null)
            {
                sections[current] = body.ToString().Trim();
            }

            body.Clear();
        }
    }
}
