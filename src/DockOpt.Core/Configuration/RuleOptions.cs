namespace DockOpt.Core.Configuration;

/// <summary>
/// Options rules read, set in <c>.editorconfig</c> as <c>dockopt.&lt;name&gt; = value</c> (or mapped
/// from a hadolint configuration). Values are kept as written; the typed properties read the known ones.
/// </summary>
public sealed class RuleOptions
{
    /// <summary><c>dockopt.trusted_registries = docker.io, ghcr.io</c>: registries base images may come from.</summary>
    public const string TrustedRegistriesName = "trusted_registries";

    /// <summary><c>dockopt.allowed_base_images = python, mcr.microsoft.com/dotnet/*</c>: the base images allowed.</summary>
    public const string AllowedBaseImagesName = "allowed_base_images";

    /// <summary><c>dockopt.label_schema = maintainer:email, version:semver</c>: labels and the type of their value.</summary>
    public const string LabelSchemaName = "label_schema";

    /// <summary>The label value types, as hadolint names them.</summary>
    public static readonly IReadOnlyList<string> LabelTypes = ["text", "url", "semver", "hash", "rfc3339", "spdx", "email"];

    /// <summary>Every option name dockopt knows; another <c>dockopt.*</c> key is reported as unknown.</summary>
    public static readonly IReadOnlyList<string> KnownNames = [TrustedRegistriesName, AllowedBaseImagesName, LabelSchemaName];

    public static readonly RuleOptions Empty = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase));

    private readonly Dictionary<string, string> _values;

    private RuleOptions(Dictionary<string, string> values) => _values = values;

    /// <summary>Every option set, by name without the <c>dockopt.</c> prefix, with its value as written.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    public IReadOnlyList<string> TrustedRegistries => GetList(TrustedRegistriesName);

    public IReadOnlyList<string> AllowedBaseImages => GetList(AllowedBaseImagesName);

    /// <summary>Label name to value type, in the order written.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LabelSchema => ParseLabelSchema(Get(LabelSchemaName) ?? string.Empty)
        .Select(p => new KeyValuePair<string, string>(p.Name, p.Type))
        .ToArray();

    public static RuleOptions From(IEnumerable<KeyValuePair<string, string>> values)
    {
        var dictionary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in values)
        {
            dictionary[name] = value;
        }

        return new RuleOptions(dictionary);
    }

    public string? Get(string name) => _values.TryGetValue(name, out var value) ? value : null;

    /// <summary>A comma-separated option as a list, blanks trimmed and empty entries dropped.</summary>
    public IReadOnlyList<string> GetList(string name) =>
        (Get(name) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>These options with <paramref name="other"/>'s values on top.</summary>
    public RuleOptions Overlay(RuleOptions other)
    {
        if (other._values.Count == 0)
        {
            return this;
        }

        var merged = new Dictionary<string, string>(_values, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in other._values)
        {
            merged[name] = value;
        }

        return new RuleOptions(merged);
    }

    /// <summary>Reads <c>name:type, name:type</c>, skipping entries without a colon (configuration loading has refused them already).</summary>
    internal static IReadOnlyList<(string Name, string Type)> ParseLabelSchema(string value)
    {
        var result = new List<(string, string)>();
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.LastIndexOf(':');
            if (colon > 0)
            {
                result.Add((entry[..colon].Trim(), entry[(colon + 1)..].Trim().ToLowerInvariant()));
            }
        }

        return result;
    }

    /// <summary>The first problem with a label schema value, or null when it is well formed.</summary>
    internal static string? ValidateLabelSchema(string value)
    {
        foreach (var entry in value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = entry.LastIndexOf(':');
            if (colon <= 0)
            {
                return $"'{entry}' in label_schema is not 'name:type'";
            }

            var type = entry[(colon + 1)..].Trim().ToLowerInvariant();
            if (!LabelTypes.Contains(type))
            {
                return $"unknown label type '{type}' for '{entry[..colon].Trim()}' in label_schema ({string.Join(", ", LabelTypes)})";
            }
        }

        return null;
    }
}
