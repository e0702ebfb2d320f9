namespace DockOpt.Core.Rules;

/// <summary>
/// The one place that maps rule ids to rule classes: every concrete <see cref="Rule"/> in this
/// assembly, ordered by id. The catalogue tests check that ids, classes, metadata and docs match
/// one to one. Each analysis gets fresh instances, so rules may keep per-file facts in fields.
/// </summary>
public static class RuleRegistry
{
    private static readonly Lazy<IReadOnlyList<Func<Rule>>> Factories = new(Discover);

    public static IReadOnlyList<Rule> Create() => Factories.Value.Select(f => f()).ToArray();

    private static IReadOnlyList<Func<Rule>> Discover() => typeof(Rule).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(Rule)) && !t.IsAbstract && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (Func<Rule>)(() => (Rule)Activator.CreateInstance(t)!))
        .OrderBy(f => f().Id, StringComparer.Ordinal)
        .ToArray();
}
