using DockOpt.Core.Diagnostics;
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
}
