using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Configuration;

internal enum DockOptKeyKind
{
    /// <summary>Not dockopt's: another tool's key, left alone.</summary>
    None,

    /// <summary><c>dotnet_diagnostic.DOPTnnnn.severity</c> (any id starting with DOPT: an unknown one is reported).</summary>
    RuleSeverity,

    /// <summary><c>dotnet_analyzer_diagnostic.category-&lt;category&gt;.severity</c> for one of dockopt's categories.</summary>
    CategorySeverity,

    /// <summary><c>dockopt.fail_level</c>.</summary>
    FailLevel,

    /// <summary><c>dockopt.&lt;option&gt;</c>.</summary>
    Option,
}

/// <summary>The EditorConfig keys dockopt reads, and their values.</summary>
internal static class DockOptKeys
{
    public const string DiagnosticPrefix = "dotnet_diagnostic.";
    public const string CategoryPrefix = "dotnet_analyzer_diagnostic.category-";
    public const string SeveritySuffix = ".severity";
    public const string OptionPrefix = "dockopt.";
    public const string FailLevelOption = "fail_level";

    /// <summary>What a key is and the name it carries: the rule id (upper case), the category or the option (lower case).</summary>
    public static (DockOptKeyKind Kind, string Name) Classify(string key)
    {
        if (key.StartsWith(DiagnosticPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase)
            && key.Length > DiagnosticPrefix.Length + SeveritySuffix.Length)
        {
            var id = key[DiagnosticPrefix.Length..^SeveritySuffix.Length];
            return id.StartsWith("DOPT", StringComparison.OrdinalIgnoreCase) ? (DockOptKeyKind.RuleSeverity, id.ToUpperInvariant()) : (DockOptKeyKind.None, id);
        }

        if (key.StartsWith(CategoryPrefix, StringComparison.OrdinalIgnoreCase) && key.EndsWith(SeveritySuffix, StringComparison.OrdinalIgnoreCase)
            && key.Length > CategoryPrefix.Length + SeveritySuffix.Length)
        {
            var category = key[CategoryPrefix.Length..^SeveritySuffix.Length].ToLowerInvariant();
            return RuleCategories.All.Contains(category) ? (DockOptKeyKind.CategorySeverity, category) : (DockOptKeyKind.None, category);
        }

        if (key.StartsWith(OptionPrefix, StringComparison.OrdinalIgnoreCase) && key.Length > OptionPrefix.Length)
        {
            var name = key[OptionPrefix.Length..].ToLowerInvariant();
            return name == FailLevelOption ? (DockOptKeyKind.FailLevel, name) : (DockOptKeyKind.Option, name);
        }

        return (DockOptKeyKind.None, key);
    }

    /// <summary>
    /// An EditorConfig severity: error, warning, suggestion (or info), silent or none (both turn the
    /// rule off), default (the rule's own, undoing a setting read earlier, which gives null).
    /// </summary>
    public static bool TryParseSeverity(string value, out Severity? severity)
    {
        if (value.Trim().Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            severity = null;
            return true;
        }

        var known = SeverityNames.TryParse(value, out var parsed);
        severity = parsed;
        return known;
    }

    /// <summary>Throws for a dockopt key whose value dockopt cannot use, wherever in the file it is.</summary>
    public static void Validate(string file, EditorConfigProperty property)
    {
        var (kind, name) = Classify(property.Key);
        switch (kind)
        {
            case DockOptKeyKind.RuleSeverity when !TryParseSeverity(property.Value, out _):
                throw new ConfigurationException(file, property.Line, $"unknown severity '{property.Value}' for {name} (error, warning, suggestion, silent, none or default)");
            case DockOptKeyKind.CategorySeverity when !TryParseSeverity(property.Value, out _):
                throw new ConfigurationException(file, property.Line, $"unknown severity '{property.Value}' for category '{name}' (error, warning, suggestion, silent, none or default)");
            case DockOptKeyKind.FailLevel when !(property.Value.Trim().ToLowerInvariant() is "error" or "warning" or "info" or "none"):
                throw new ConfigurationException(file, property.Line, $"unknown fail level '{property.Value}' (error, warning, info or none)");
            case DockOptKeyKind.Option when name == RuleOptions.LabelSchemaName && RuleOptions.ValidateLabelSchema(property.Value) is { } problem:
                throw new ConfigurationException(file, property.Line, problem);
        }
    }
}
