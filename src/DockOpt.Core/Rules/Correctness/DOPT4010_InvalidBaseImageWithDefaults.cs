using System.Text.RegularExpressions;
using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A FROM built from ARGs that is not a valid image reference when the build arguments keep their
/// default values: <c>ARG TAG</c> then <c>FROM alpine:${TAG}</c> gives <c>alpine:</c>. The build
/// then works only when every caller remembers <c>--build-arg</c>. Variables that are not declared
/// at all are DOPT4009's.
/// </summary>
public sealed partial class DOPT4010_InvalidBaseImageWithDefaults : Rule
{
    private static readonly Dictionary<string, string> PlatformDefaults = new(StringComparer.Ordinal)
    {
        ["TARGETPLATFORM"] = "linux/amd64", ["TARGETOS"] = "linux", ["TARGETARCH"] = "amd64", ["TARGETVARIANT"] = string.Empty,
        ["BUILDPLATFORM"] = "linux/amd64", ["BUILDOS"] = "linux", ["BUILDARCH"] = "amd64", ["BUILDVARIANT"] = string.Empty,
    };

    private Dictionary<string, string>? _defaults;

    public override string Id => RuleIds.InvalidBaseImageWithDefaults;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.From.Words.Count == 0 || !stage.From.Words[0].Raw.Contains('$'))
        {
            return;
        }

        var defaults = _defaults ??= ReadDefaults(context);
        var word = stage.From.Words[0];
        var references = VariableReferences.Find(word.Raw, context.Syntax.EscapeCharacter);
        if (references.Any(r => !defaults.ContainsKey(r.Name)))
        {
            return;
        }

        var expanded = WordLexer.Expand(word.Raw, name => defaults.TryGetValue(name, out var v) ? v : null, context.Syntax.EscapeCharacter).Value;
        if (IsValidReference(expanded) || context.Model.Stages.Take(stage.Index).Any(s => string.Equals(s.Name, expanded, StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        context.Report(word.Span, word.Raw, expanded);
    }

    /// <summary>The global ARGs with their default values, in order; a declaration without a default is empty, as BuildKit treats it.</summary>
    private static Dictionary<string, string> ReadDefaults(RuleContext context)
    {
        var defaults = new Dictionary<string, string>(PlatformDefaults, StringComparer.Ordinal);
        foreach (var arg in context.Syntax.Instructions.TakeWhile(i => i.Kind != InstructionKind.From).Where(i => i.Kind == InstructionKind.Arg))
        {
            foreach (var pair in arg.KeyValues)
            {
                defaults[pair.Name] = pair.Value is null
                    ? string.Empty
                    : WordLexer.Expand(pair.Value.Raw, name => defaults.TryGetValue(name, out var v) ? v : null, context.Syntax.EscapeCharacter).Value;
            }
        }

        return defaults;
    }

    /// <summary>The distribution reference grammar: [host[:port]/]path[:tag][@digest], lower-case path components.</summary>
    public static bool IsValidReference(string reference) => reference == "scratch" || ReferencePattern().IsMatch(reference);

    [GeneratedRegex(@"^(?:(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])(?:\.(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9]))*(?::[0-9]+)?/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$")]
    private static partial Regex ReferencePattern();
}
