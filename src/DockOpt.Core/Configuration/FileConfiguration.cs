using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Configuration;

/// <summary>
/// What the configuration files say for one Dockerfile, every layer applied: rule and category
/// severities, rule options, the default fail level, and notices about entries that were skipped.
/// A rule's own setting wins over its category's, as in Roslyn.
/// </summary>
public sealed class FileConfiguration
{
    public static readonly FileConfiguration Empty = new(
        new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, Severity?>(StringComparer.OrdinalIgnoreCase),
        RuleOptions.Empty,
        null,
        honorsHadolintPragmas: true,
        [],
        []);

    internal FileConfiguration(
        IReadOnlyDictionary<string, Severity?> ruleSeverities,
        IReadOnlyDictionary<string, Severity?> categorySeverities,
        RuleOptions ruleOptions,
        Severity? failLevel,
        bool honorsHadolintPragmas,
        IReadOnlyList<string> sources,
        IReadOnlyList<ConfigurationNotice> notices)
    {
        RuleSeverities = ruleSeverities;
        CategorySeverities = categorySeverities;
        RuleOptions = ruleOptions;
        FailLevel = failLevel;
        HonorsHadolintPragmas = honorsHadolintPragmas;
        Sources = sources;
        Notices = notices;
    }

    /// <summary>Rule id to severity; null means "default", set to undo a setting of a farther file.</summary>
    public IReadOnlyDictionary<string, Severity?> RuleSeverities { get; }

    /// <summary>Category (<see cref="RuleCategories"/>) to severity; null means "default".</summary>
    public IReadOnlyDictionary<string, Severity?> CategorySeverities { get; }

    public RuleOptions RuleOptions { get; }

    /// <summary>The fail level the configuration asks for (<c>dockopt.fail_level</c>, hadolint's <c>failure-threshold</c>); a command line option wins.</summary>
    public Severity? FailLevel { get; }

    /// <summary>False when the hadolint configuration in force says <c>disable-ignore-pragma: true</c>.</summary>
    public bool HonorsHadolintPragmas { get; }

    /// <summary>The files that were applied, the weakest first.</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Entries skipped with a reason (an unknown rule id or option); for hosts to show as information.</summary>
    public IReadOnlyList<ConfigurationNotice> Notices { get; }

    /// <summary>The severity configured for <paramref name="rule"/>; null when the configuration leaves it at its default.</summary>
    public Severity? SeverityFor(RuleMetadata rule)
    {
        if (RuleSeverities.TryGetValue(rule.Id, out var severity))
        {
            return severity;
        }

        return CategorySeverities.TryGetValue(rule.Category, out var categorySeverity) ? categorySeverity : null;
    }
}

/// <summary>Applies configuration layers in order, the weakest first; a later layer's value replaces an earlier one's.</summary>
internal sealed class FileConfigurationBuilder
{
    private readonly Dictionary<string, Severity?> _rules = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Severity?> _categories = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _options = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _sources = new();
    private readonly List<ConfigurationNotice> _notices = new();
    private Severity? _failLevel;
    private bool _honorsHadolintPragmas = true;

    public void ApplyHadolint(HadolintConfig config)
    {
        _sources.Add(config.Path);
        foreach (var setting in HadolintMapping.From(config).Settings)
        {
            _rules[setting.RuleId] = setting.Severity;
        }

        if (config.TrustedRegistries.Count > 0)
        {
            _options[RuleOptions.TrustedRegistriesName] = string.Join(", ", config.TrustedRegistries);
        }

        if (config.LabelSchema.Count > 0)
        {
            _options[RuleOptions.LabelSchemaName] = string.Join(", ", config.LabelSchema.Select(p => $"{p.Key}:{p.Value}"));
        }

        _failLevel = config.FailLevel ?? _failLevel;
        _honorsHadolintPragmas = !config.DisableIgnorePragma;
    }

    /// <summary>Applies <paramref name="properties"/> of <paramref name="file"/> (already validated) in order.</summary>
    public void ApplyEditorConfig(string file, IEnumerable<EditorConfigProperty> properties)
    {
        var applied = false;
        foreach (var property in properties)
        {
            var (kind, name) = DockOptKeys.Classify(property.Key);
            switch (kind)
            {
                case DockOptKeyKind.RuleSeverity:
                    if (!RuleCatalog.TryGet(name, out _))
                    {
                        _notices.Add(new ConfigurationNotice(file, property.Line, $"unknown rule id '{name}'; the setting is ignored"));
                        break;
                    }

                    DockOptKeys.TryParseSeverity(property.Value, out var severity);
                    _rules[name] = severity;
                    applied = true;
                    break;
                case DockOptKeyKind.CategorySeverity:
                    DockOptKeys.TryParseSeverity(property.Value, out var categorySeverity);
                    _categories[name] = categorySeverity;
                    applied = true;
                    break;
                case DockOptKeyKind.FailLevel:
                    SeverityNames.TryParse(property.Value, out var failLevel);
                    _failLevel = failLevel;
                    applied = true;
                    break;
                case DockOptKeyKind.Option:
                    if (!RuleOptions.KnownNames.Contains(name))
                    {
                        _notices.Add(new ConfigurationNotice(file, property.Line, $"unknown option 'dockopt.{name}'; the setting is ignored"));
                        break;
                    }

                    _options[name] = property.Value;
                    applied = true;
                    break;
            }
        }

        if (applied)
        {
            _sources.Add(file);
        }
    }

    public FileConfiguration Build() => new(
        new Dictionary<string, Severity?>(_rules, StringComparer.OrdinalIgnoreCase),
        new Dictionary<string, Severity?>(_categories, StringComparer.OrdinalIgnoreCase),
        RuleOptions.From(_options),
        _failLevel,
        _honorsHadolintPragmas,
        _sources.ToArray(),
        _notices.ToArray());
}
