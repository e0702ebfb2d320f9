using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Rules;

/// <summary>Whether a rule offers fixes: never, for some findings, or for all of them.</summary>
public enum FixAvailability
{
    None,
    Sometimes,
    Always,
}

/// <summary>The documentation sections every rule page has, in this order.</summary>
public sealed record RuleDocumentation(
    string WhatItDoes,
    string WhyItMatters,
    string Example,
    string UseInstead,
    string FixSafety,
    string References);

/// <summary>Everything known about a rule apart from its code: written once, in an embedded resource.</summary>
public sealed record RuleMetadata(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    Severity DefaultSeverity,
    FixAvailability Fix,
    string HelpUri,
    IReadOnlyList<string> Equivalents,
    RuleDocumentation Documentation)
{
    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);

    /// <summary>The ids this rule stands for in another tool, e.g. DL3008 for <paramref name="tool"/> "hadolint".</summary>
    public IEnumerable<string> EquivalentsIn(string tool) => Equivalents
        .Where(e => e.StartsWith(tool + ":", StringComparison.OrdinalIgnoreCase))
        .Select(e => e[(tool.Length + 1)..]);
}

/// <summary>The closed list of categories; a rule's id range decides its category.</summary>
public static class RuleCategories
{
    public const string Syntax = "syntax";
    public const string Cache = "cache";
    public const string Size = "size";
    public const string Security = "security";
    public const string Correctness = "correctness";
    public const string Runtime = "runtime";
    public const string Python = "python";
    public const string DotNet = "dotnet";
    public const string Ecosystem = "ecosystem";

    public static readonly IReadOnlyList<string> All = [Syntax, Cache, Size, Security, Correctness, Runtime, Python, DotNet, Ecosystem];

    /// <summary>DOPT0xxx is syntax, 1xxx cache, 2xxx size, and so on, as DESIGN.md fixes them.</summary>
    public static string ForId(string id) => All[id[4] - '0'];
}
