using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Configuration;

/// <summary>A hadolint rule id as written in its configuration, with the line it is on.</summary>
public sealed record HadolintRuleReference(string Id, int Line);

/// <summary>
/// What a <c>.hadolint.yaml</c> says that dockopt can honour: <c>ignored</c>, <c>override</c>,
/// <c>trustedRegistries</c>, <c>label-schema</c>, <c>failure-threshold</c>, <c>no-fail</c> and
/// <c>disable-ignore-pragma</c>. Other keys (<c>format</c>, <c>no-color</c>, <c>strict-labels</c>) are
/// about hadolint's own output and are skipped.
/// </summary>
public sealed class HadolintConfig
{
    /// <summary>The names hadolint looks for, in its order.</summary>
    public static readonly IReadOnlyList<string> FileNames = [".hadolint.yaml", ".hadolint.yml"];

    /// <summary>hadolint's <c>override</c> levels and the dockopt severity each becomes.</summary>
    internal static readonly IReadOnlyList<(string Level, Severity Severity)> Levels =
    [
        ("error", Severity.Error),
        ("warning", Severity.Warning),
        ("info", Severity.Info),
        ("style", Severity.Info),
    ];

    private HadolintConfig(string path) => Path = path;

    public string Path { get; }

    public IReadOnlyList<HadolintRuleReference> Ignored { get; private init; } = [];

    /// <summary><c>override</c>: each level (error, warning, info, style) with its rules, in file order.</summary>
    public IReadOnlyList<(string Level, IReadOnlyList<HadolintRuleReference> Rules)> Overrides { get; private init; } = [];

    public IReadOnlyList<string> TrustedRegistries { get; private init; } = [];

    /// <summary><c>label-schema</c>: label name to type (text, url, semver, hash, rfc3339, spdx, email), in file order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LabelSchema { get; private init; } = [];

    /// <summary><c>failure-threshold</c> as a dockopt fail level (style is info, ignore is none); <c>no-fail: true</c> makes it none.</summary>
    public Severity? FailLevel { get; private init; }

    /// <summary>The <c>failure-threshold</c> as written, for messages.</summary>
    public string? FailureThreshold { get; private init; }

    /// <summary><c>disable-ignore-pragma: true</c>: <c># hadolint ignore=</c> comments are not honoured.</summary>
    public bool DisableIgnorePragma { get; private init; }

    /// <summary>The first <c>.hadolint.yaml</c> or <c>.hadolint.yml</c> in <paramref name="directory"/> or a folder above it.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>Reads a hadolint configuration; throws <see cref="ConfigurationException"/> when it cannot be read or understood.</summary>
    public static HadolintConfig Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigurationException(path, 0, $"cannot read the file: {e.Message}", e);
        }

        return Parse(text, path);
    }

    public static HadolintConfig Parse(string text, string path)
    {
        YamlNode? root;
        try
        {
            root = YamlSubset.Parse(text);
        }
        catch (YamlException e)
        {
            throw new ConfigurationException(path, e.Line, e.Message, e);
        }

        if (root is null || root is YamlScalar { IsNull: true })
        {
            return new HadolintConfig(path);
        }

        if (root is not YamlMapping map)
        {
            throw new ConfigurationException(path, root.Line, "a hadolint configuration is a mapping of settings ('ignored:', 'override:', ...)");
        }

        var failLevel = default(Severity?);
        string? threshold = null;
        if (map.Get("failure-threshold") is { } thresholdNode)
        {
            var scalar = Scalar(thresholdNode, path, "failure-threshold");
            threshold = scalar.Value;
            failLevel = scalar.Value.ToLowerInvariant() switch
            {
                "error" => Severity.Error,
                "warning" => Severity.Warning,
                "info" or "style" => Severity.Info,
                "ignore" or "none" => Severity.None,
                _ => throw new ConfigurationException(path, scalar.Line, $"unknown failure-threshold '{scalar.Value}' (error, warning, info, style, ignore or none)"),
            };
        }

        if (map.Get("no-fail") is { } noFail && Bool(noFail, path, "no-fail"))
        {
            failLevel = Severity.None;
        }

        var overrides = new List<(string, IReadOnlyList<HadolintRuleReference>)>();
        if (map.Get("override") is { } overrideNode and not YamlScalar { IsNull: true })
        {
            if (overrideNode is not YamlMapping levels)
            {
                throw new ConfigurationException(path, overrideNode.Line, "'override' maps levels (error, warning, info, style) to lists of rules");
            }

            foreach (var (key, value) in levels.Entries)
            {
                var level = Levels.FirstOrDefault(l => l.Level.Equals(key.Value, StringComparison.OrdinalIgnoreCase)).Level
                    ?? throw new ConfigurationException(path, key.Line, $"unknown override level '{key.Value}' (error, warning, info or style)");
                overrides.Add((level, RuleList(value, path, $"override.{level}")));
            }
        }

        return new HadolintConfig(path)
        {
            Ignored = map.Get("ignored") is { } ignored ? RuleList(ignored, path, "ignored") : [],
            Overrides = overrides,
            TrustedRegistries = map.Get("trustedRegistries", "trusted-registries") is { } registries
                ? StringList(registries, path, "trustedRegistries").Select(s => s.Value).ToArray()
                : [],
            LabelSchema = map.Get("label-schema", "labelSchema") is { } schema ? Schema(schema, path) : [],
            FailLevel = failLevel,
            FailureThreshold = threshold,
            DisableIgnorePragma = map.Get("disable-ignore-pragma") is { } disable && Bool(disable, path, "disable-ignore-pragma"),
        };
    }

    private static IReadOnlyList<HadolintRuleReference> RuleList(YamlNode node, string path, string key) =>
        StringList(node, path, key).Select(s => new HadolintRuleReference(s.Value.Trim().ToUpperInvariant(), s.Line)).ToArray();

    /// <summary>A list of scalars; a single scalar counts as a list of one, an empty value as none.</summary>
    private static IReadOnlyList<YamlScalar> StringList(YamlNode node, string path, string key) => node switch
    {
        YamlScalar { IsNull: true } => [],
        YamlScalar scalar => [scalar],
        YamlSequence sequence => sequence.Items.Select(item => item as YamlScalar
            ?? throw new ConfigurationException(path, item.Line, $"'{key}' lists plain values, not nested lists or mappings")).Where(s => !s.IsNull).ToArray(),
        _ => throw new ConfigurationException(path, node.Line, $"'{key}' is a list"),
    };

    private static YamlScalar Scalar(YamlNode node, string path, string key) => node as YamlScalar is { IsNull: false } scalar
        ? scalar
        : throw new ConfigurationException(path, node.Line, $"'{key}' takes a single value");

    private static bool Bool(YamlNode node, string path, string key)
    {
        var scalar = Scalar(node, path, key);
        return scalar.Value.ToLowerInvariant() switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => throw new ConfigurationException(path, scalar.Line, $"'{key}' is true or false, not '{scalar.Value}'"),
        };
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Schema(YamlNode node, string path)
    {
        if (node is YamlScalar { IsNull: true })
        {
            return [];
        }

        if (node is not YamlMapping mapping)
        {
            throw new ConfigurationException(path, node.Line, "'label-schema' maps label names to types (text, url, semver, hash, rfc3339, spdx, email)");
        }

        var result = new List<KeyValuePair<string, string>>();
        foreach (var (key, value) in mapping.Entries)
        {
            var type = Scalar(value, path, "label-schema." + key.Value).Value.Trim().ToLowerInvariant();
            if (!RuleOptions.LabelTypes.Contains(type))
            {
                throw new ConfigurationException(path, value.Line, $"unknown label type '{type}' for '{key.Value}' ({string.Join(", ", RuleOptions.LabelTypes)})");
            }

            result.Add(new(key.Value, type));
        }

        return result;
    }
}
