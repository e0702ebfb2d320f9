using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Analysis;

/// <summary>What the host tells the analyser: which rules run, at which severity, and what it knows beyond the file.</summary>
public sealed record AnalyzerOptions
{
    public static readonly AnalyzerOptions Default = new();

    /// <summary>When not empty, only these rule ids (or id prefixes such as DOPT2) run.</summary>
    public IReadOnlyCollection<string> Select { get; init; } = [];

    /// <summary>Rule ids (or id prefixes) that never run.</summary>
    public IReadOnlyCollection<string> Ignore { get; init; } = [];

    /// <summary>Severities that replace a rule's default; <see cref="Severity.None"/> turns a rule off.</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    public ModelOptions Model { get; init; } = new();

    /// <summary>The .NET project the Dockerfile belongs to, when the host knows it.</summary>
    public ProjectInfo? Project { get; init; }

    /// <summary>The build context on disk, when the host knows it (the Dockerfile's folder by default in the CLI).</summary>
    public BuildContextView? BuildContext { get; init; }

    /// <summary>
    /// Where each file's configuration comes from (<c>.editorconfig</c>, <c>--config</c>, <c>.hadolint.yaml</c>);
    /// null reads no file. What the configuration says is weaker than <see cref="Select"/>,
    /// <see cref="Ignore"/>, <see cref="SeverityOverrides"/> and <see cref="RuleOptions"/>.
    /// </summary>
    public ConfigurationProvider? Configuration { get; init; }

    /// <summary>Options for rules (trusted registries, label schema, ...); they win over the configuration's.</summary>
    public RuleOptions RuleOptions { get; init; } = RuleOptions.Empty;

    /// <summary>True when the rule should run under <see cref="Select"/> and <see cref="Ignore"/>.</summary>
    public bool IsEnabled(string id)
    {
        static bool Matches(IEnumerable<string> patterns, string id) =>
            patterns.Any(p => id.StartsWith(p.Trim(), StringComparison.OrdinalIgnoreCase));

        if (Select.Count > 0 && !Matches(Select, id))
        {
            return false;
        }

        return !Matches(Ignore, id);
    }

    public Severity SeverityOf(string id, Severity defaultSeverity) =>
        SeverityOverrides.TryGetValue(id, out var severity) ? severity : defaultSeverity;

    /// <summary>
    /// These options with a file's configuration beneath them: its severities where the host set none,
    /// except that a rule named by its exact id in <see cref="Select"/> is never turned off by it;
    /// its rule options where the host set none.
    /// </summary>
    internal AnalyzerOptions WithConfiguration(FileConfiguration configuration)
    {
        if (configuration.RuleSeverities.Count == 0 && configuration.CategorySeverities.Count == 0 && configuration.RuleOptions.Values.Count == 0)
        {
            return this;
        }

        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in RuleCatalog.All)
        {
            if (configuration.SeverityFor(rule) is not { } severity)
            {
                continue;
            }

            if (severity == Severity.None && Select.Any(p => p.Trim().Equals(rule.Id, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            severities[rule.Id] = severity;
        }

        foreach (var (id, severity) in SeverityOverrides)
        {
            severities[id] = severity;
        }

        return this with
        {
            SeverityOverrides = severities,
            RuleOptions = configuration.RuleOptions.Overlay(RuleOptions),
        };
    }
}
