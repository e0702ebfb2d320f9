using System.Collections.Concurrent;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Configuration;

/// <summary>
/// Which dockopt rules stand for another tool's id, from the rules' <c>equivalents</c> metadata
/// (<c>hadolint:DL3008</c>, <c>buildkit:JSONArgsRecommended</c>). Ids compare case-insensitively.
/// </summary>
internal static class ToolEquivalents
{
    public const string Hadolint = "hadolint";
    public const string BuildKit = "buildkit";

    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<RuleMetadata>>> ByTool = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The dockopt rules whose equivalents list <c>tool:id</c>, by id; empty when none does.</summary>
    public static IReadOnlyList<RuleMetadata> RulesFor(string tool, string id) =>
        Map(tool).TryGetValue(id.Trim(), out var rules) ? rules : [];

    /// <summary>Every dockopt rule with at least one equivalent in <paramref name="tool"/>.</summary>
    public static IReadOnlyList<RuleMetadata> RulesWithAny(string tool) =>
        Map(tool).Values.SelectMany(r => r).DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToArray();

    private static IReadOnlyDictionary<string, IReadOnlyList<RuleMetadata>> Map(string tool) => ByTool.GetOrAdd(tool, t =>
        RuleCatalog.All
            .SelectMany(rule => rule.EquivalentsIn(t).Select(id => (Id: id, Rule: rule)))
            .GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<RuleMetadata>)g.Select(p => p.Rule).ToArray(), StringComparer.OrdinalIgnoreCase));
}
