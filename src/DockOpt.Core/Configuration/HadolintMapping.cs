using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Configuration;

/// <summary>A dockopt rule's severity as a hadolint configuration sets it, and the hadolint ids that set it.</summary>
internal sealed record HadolintRuleSetting(string RuleId, Severity Severity, string Reason, IReadOnlyList<string> HadolintIds, IReadOnlyList<string> OtherHadolintIds);

/// <summary>A hadolint id in the configuration that no dockopt rule stands for.</summary>
internal sealed record HadolintUnmapped(string HadolintId, string Setting, int Line);

/// <summary>
/// A hadolint configuration in dockopt's terms, through the rules' <c>hadolint:</c> equivalents:
/// <c>override</c> levels become severities (style is info; a rule that several levels name takes the
/// most serious), and <c>ignored</c> turns a rule off, over any override. A dockopt rule that stands
/// for several hadolint ids is turned off when any of them is ignored, so nothing new is reported.
/// </summary>
internal sealed class HadolintMapping
{
    private HadolintMapping(IReadOnlyList<HadolintRuleSetting> settings, IReadOnlyList<HadolintUnmapped> unmapped)
    {
        Settings = settings;
        Unmapped = unmapped;
    }

    /// <summary>One per dockopt rule the configuration touches, ordered by id.</summary>
    public IReadOnlyList<HadolintRuleSetting> Settings { get; }

    public IReadOnlyList<HadolintUnmapped> Unmapped { get; }

    public static HadolintMapping From(HadolintConfig config)
    {
        var settings = new Dictionary<string, (Severity Severity, string Reason, List<string> Ids)>(StringComparer.Ordinal);
        var unmapped = new List<HadolintUnmapped>();

        foreach (var (level, references) in config.Overrides)
        {
            var severity = HadolintConfig.Levels.First(l => l.Level == level).Severity;
            foreach (var reference in references)
            {
                var rules = ToolEquivalents.RulesFor(ToolEquivalents.Hadolint, reference.Id);
                if (rules.Count == 0)
                {
                    unmapped.Add(new HadolintUnmapped(reference.Id, "override " + level, reference.Line));
                }

                foreach (var rule in rules)
                {
                    if (!settings.TryGetValue(rule.Id, out var current))
                    {
                        settings[rule.Id] = (severity, "override " + level, [reference.Id]);
                    }
                    else
                    {
                        current.Ids.Add(reference.Id);
                        if (severity > current.Severity)
                        {
                            settings[rule.Id] = (severity, "override " + level, current.Ids);
                        }
                    }
                }
            }
        }

        foreach (var reference in config.Ignored)
        {
            var rules = ToolEquivalents.RulesFor(ToolEquivalents.Hadolint, reference.Id);
            if (rules.Count == 0)
            {
                unmapped.Add(new HadolintUnmapped(reference.Id, "ignored", reference.Line));
            }

            foreach (var rule in rules)
            {
                var ids = settings.TryGetValue(rule.Id, out var current) && current.Reason == "ignored" ? current.Ids : [];
                ids.Add(reference.Id);
                settings[rule.Id] = (Severity.None, "ignored", ids);
            }
        }

        var result = settings
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s =>
            {
                var ids = s.Value.Ids.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
                var others = RuleCatalog.Get(s.Key).EquivalentsIn(ToolEquivalents.Hadolint).Where(id => !ids.Contains(id, StringComparer.OrdinalIgnoreCase)).ToArray();
                return new HadolintRuleSetting(s.Key, s.Value.Severity, s.Value.Reason, ids, others);
            })
            .ToArray();
        return new HadolintMapping(result, unmapped.DistinctBy(u => (u.HadolintId, u.Setting)).ToArray());
    }
}
