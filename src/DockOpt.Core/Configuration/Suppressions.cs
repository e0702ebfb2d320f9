using System.Text.RegularExpressions;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Configuration;

/// <summary>Which comment form a suppression was written in.</summary>
public enum SuppressionSource
{
    /// <summary><c># dockopt ignore=DOPT1001</c> or <c># dockopt global ignore=...</c>.</summary>
    DockOpt,

    /// <summary><c># hadolint ignore=DL3008</c> or <c># hadolint global ignore=...</c>, mapped through the rules' hadolint equivalents.</summary>
    Hadolint,

    /// <summary>BuildKit's <c># check=skip=JSONArgsRecommended</c> parser directive, mapped through the rules' buildkit equivalents.</summary>
    BuildKit,
}

/// <summary>One id named by a suppression, where it is written, and the dockopt rules it stands for (none when unknown or without equivalent).</summary>
public sealed record SuppressedId(string Id, TextSpan Span, IReadOnlyList<string> RuleIds, bool IsKnown);

/// <summary>A suppression comment or directive: the ids it names, and the instruction it applies to (null for the whole file).</summary>
public sealed record SuppressionComment(SuppressionSource Source, bool IsGlobal, TextSpan Span, IReadOnlyList<SuppressedId> Ids, InstructionSyntax? Target);

/// <summary>
/// The suppressions written in a Dockerfile. <c># dockopt ignore=A,B</c> (and <c># hadolint ignore=...</c>)
/// applies to the next instruction: other comments may sit between, a blank line may not; a finding is
/// suppressed when its span starts inside that instruction. The <c>global</c> forms and BuildKit's
/// <c># check=skip=...</c> (<c>skip=all</c> included) apply to the whole file.
/// </summary>
public sealed partial class Suppressions
{
    private readonly HashSet<string> _global;
    private readonly IReadOnlyList<(TextSpan Span, HashSet<string> Ids)> _targeted;

    private Suppressions(IReadOnlyList<SuppressionComment> comments)
    {
        Comments = comments;
        _global = comments.Where(c => c.IsGlobal).SelectMany(c => c.Ids).SelectMany(i => i.RuleIds).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _targeted = comments
            .Where(c => !c.IsGlobal && c.Target is not null)
            .GroupBy(c => c.Target!)
            .Select(g => (g.Key.Span, g.SelectMany(c => c.Ids).SelectMany(i => i.RuleIds).ToHashSet(StringComparer.OrdinalIgnoreCase)))
            .ToArray();
    }

    public IReadOnlyList<SuppressionComment> Comments { get; }

    /// <summary>Reads every suppression of <paramref name="syntax"/>; <paramref name="includeHadolint"/> false skips <c># hadolint</c> comments.</summary>
    public static Suppressions Read(DockerfileSyntax syntax, bool includeHadolint = true)
    {
        var source = syntax.Source;
        var comments = new List<SuppressionComment>();
        var pending = new List<(SuppressionSource Source, TextSpan Span, IReadOnlyList<SuppressedId> Ids)>();
        foreach (var node in syntax.Nodes)
        {
            switch (node)
            {
                case DirectiveSyntax directive when directive.Name == "check":
                    if (ReadCheckDirective(source, directive) is { } check)
                    {
                        comments.Add(check);
                    }

                    break;
                case CommentSyntax comment:
                    if (ReadPragma(source, comment.Span, includeHadolint) is { } pragma)
                    {
                        if (pragma.IsGlobal)
                        {
                            comments.Add(pragma);
                        }
                        else
                        {
                            pending.Add((pragma.Source, pragma.Span, pragma.Ids));
                        }
                    }

                    break;
                case BlankLineSyntax:
                    Flush(null);
                    break;
                case InstructionSyntax instruction:
                    Flush(instruction);

                    // "global" pragmas count anywhere, also between an instruction's continuation lines.
                    foreach (var inner in instruction.Comments)
                    {
                        if (ReadPragma(source, inner.Span, includeHadolint) is { IsGlobal: true } global)
                        {
                            comments.Add(global);
                        }
                    }

                    break;
            }
        }

        Flush(null);
        return new Suppressions(comments.OrderBy(c => c.Span.Start).ToArray());

        void Flush(InstructionSyntax? target)
        {
            comments.AddRange(pending.Select(p => new SuppressionComment(p.Source, false, p.Span, p.Ids, target)));
            pending.Clear();
        }
    }

    /// <summary>True when a comment or directive suppresses <paramref name="diagnostic"/>.</summary>
    public bool IsSuppressed(Diagnostic diagnostic)
    {
        if (_global.Contains(diagnostic.Id))
        {
            return true;
        }

        var start = diagnostic.Span.Start;
        foreach (var (span, ids) in _targeted)
        {
            if (span.Start <= start && start <= span.End && ids.Contains(diagnostic.Id))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c># dockopt [global] ignore=ID[,ID...]</c> or the hadolint form; anything else is an ordinary comment.</summary>
    private static SuppressionComment? ReadPragma(SourceText source, TextSpan span, bool includeHadolint)
    {
        var text = source[span];
        var match = PragmaPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var tool = match.Groups["tool"].Value.ToLowerInvariant();
        if (tool == "hadolint" && !includeHadolint)
        {
            return null;
        }

        var sourceKind = tool == "dockopt" ? SuppressionSource.DockOpt : SuppressionSource.Hadolint;
        var ids = new List<SuppressedId>();
        foreach (Capture capture in match.Groups["id"].Captures)
        {
            var idSpan = TextSpan.FromLength(span.Start + capture.Index, capture.Length);
            ids.Add(sourceKind == SuppressionSource.DockOpt ? DockOptId(capture.Value, idSpan) : HadolintId(capture.Value, idSpan));
        }

        return new SuppressionComment(sourceKind, match.Groups["global"].Success, span, ids, null);
    }

    /// <summary>BuildKit's <c>check</c> directive: <c>skip=Name,Name</c> or <c>skip=all</c>, among other <c>;</c>-separated settings.</summary>
    private static SuppressionComment? ReadCheckDirective(SourceText source, DirectiveSyntax directive)
    {
        var value = source[directive.ValueSpan];
        var ids = new List<SuppressedId>();
        var offset = 0;
        foreach (var part in value.Split(';'))
        {
            var equals = part.IndexOf('=');
            if (equals > 0 && part[..equals].Trim().Equals("skip", StringComparison.OrdinalIgnoreCase))
            {
                var listStart = offset + equals + 1;
                var position = listStart;
                foreach (var name in part[(equals + 1)..].Split(','))
                {
                    var trimmed = name.Trim();
                    if (trimmed.Length > 0)
                    {
                        var nameSpan = TextSpan.FromLength(directive.ValueSpan.Start + position + name.IndexOf(trimmed, StringComparison.Ordinal), trimmed.Length);
                        var rules = trimmed.Equals("all", StringComparison.OrdinalIgnoreCase)
                            ? ToolEquivalents.RulesWithAny(ToolEquivalents.BuildKit)
                            : ToolEquivalents.RulesFor(ToolEquivalents.BuildKit, trimmed);
                        ids.Add(new SuppressedId(trimmed, nameSpan, rules.Select(r => r.Id).ToArray(), IsKnown: true));
                    }

                    position += name.Length + 1;
                }
            }

            offset += part.Length + 1;
        }

        return ids.Count == 0 ? null : new SuppressionComment(SuppressionSource.BuildKit, true, directive.ValueSpan, ids, null);
    }

    private static SuppressedId DockOptId(string id, TextSpan span)
    {
        var known = RuleCatalog.TryGet(id, out var rule);
        return new SuppressedId(id, span, known ? [rule.Id] : [], known);
    }

    /// <summary>A hadolint id is known when it has hadolint's shape (DLnnnn, or SCnnnn for ShellCheck), even if no dockopt rule stands for it.</summary>
    private static SuppressedId HadolintId(string id, TextSpan span) =>
        new(id, span, ToolEquivalents.RulesFor(ToolEquivalents.Hadolint, id).Select(r => r.Id).ToArray(), HadolintIdPattern().IsMatch(id));

    [GeneratedRegex(@"^#\s*(?<tool>dockopt|hadolint)\s+(?:(?<global>global)\s+)?ignore\s*=\s*(?<id>[A-Za-z0-9_\-]+)(?:\s*,\s*(?<id>[A-Za-z0-9_\-]+))*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PragmaPattern();

    [GeneratedRegex(@"^(?:DL|SC)[0-9]{4}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HadolintIdPattern();
}
