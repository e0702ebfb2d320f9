using System.Text;
using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Fixes;

public sealed record FixOptions
{
    /// <summary>Apply unsafe fixes too (<c>--unsafe-fixes</c>).</summary>
    public bool IncludeUnsafe { get; init; }

    public AnalyzerOptions Analyzer { get; init; } = AnalyzerOptions.Default;

    /// <summary>How many analyse-and-apply rounds before giving up: fixes that keep producing fixes do not converge.</summary>
    public int MaxRounds { get; init; } = 10;
}

public enum FixOutcome
{
    /// <summary>Nothing to fix.</summary>
    Unchanged,

    /// <summary>Fixes were applied and no fixable finding is left.</summary>
    Fixed,

    /// <summary>Every round still found something to fix: the rules disagree with each other.</summary>
    DidNotConverge,

    /// <summary>A fix broke the file's syntax; nothing is applied.</summary>
    BrokeSyntax,

    /// <summary>The file is not valid UTF-8, so it cannot be rewritten byte for byte.</summary>
    NotRewritable,
}

/// <summary>What fixing one file did.</summary>
public sealed record FixResult(
    SourceText Original,
    string FixedText,
    FixOutcome Outcome,
    IReadOnlyList<Diagnostic> Applied,
    IReadOnlyList<Diagnostic> Remaining,
    string? Problem)
{
    public bool Changed => Outcome == FixOutcome.Fixed && FixedText != Original.Text;

    /// <summary>The bytes to write: the fixed text with the original's byte order mark.</summary>
    public byte[] FixedBytes => SourceText.Encode(FixedText, Original.HasBom);
}

/// <summary>
/// Applies fixes until none is left: analyse, apply every non-overlapping fix, analyse again. Only
/// the edited spans change; everything else (line endings, BOM, comments, indentation) is kept
/// byte for byte. The result must parse with no more syntax errors than the input had.
/// </summary>
public static class FixEngine
{
    public static FixResult Apply(SourceText source, FixOptions? options = null)
    {
        options ??= new FixOptions();
        if (!source.IsValidUtf8)
        {
            return new FixResult(source, source.Text, FixOutcome.NotRewritable, [], [], "the file is not valid UTF-8, so it cannot be rewritten without changing bytes it does not mean to");
        }

        var baselineErrors = DockerfileSyntax.Parse(source).Errors.Count;
        var text = source.Text;
        var applied = new List<Diagnostic>();
        for (var round = 0; round < options.MaxRounds; round++)
        {
            var current = SourceText.From(text, source.Path);
            var result = DockerfileAnalyzer.Analyze(current, options.Analyzer);
            var fixable = result.Diagnostics.Where(d => IsApplicable(d, options)).ToList();
            if (fixable.Count == 0)
            {
                var outcome = applied.Count == 0 ? FixOutcome.Unchanged : FixOutcome.Fixed;
                var errors = result.Syntax.Errors.Count;
                if (errors > baselineErrors)
                {
                    return new FixResult(source, source.Text, FixOutcome.BrokeSyntax, [], result.Diagnostics,
                        $"applying the fixes would leave {errors - baselineErrors} new syntax error(s); nothing was changed");
                }

                return new FixResult(source, text, outcome, applied, result.Diagnostics, null);
            }

            var chosen = ChooseNonOverlapping(fixable);
            text = ApplyEdits(text, chosen.SelectMany(d => d.Fix!.Edits));
            applied.AddRange(chosen);
        }

        var last = DockerfileAnalyzer.Analyze(SourceText.From(text, source.Path), options.Analyzer);
        var stuck = string.Join(", ", last.Diagnostics.Where(d => IsApplicable(d, options)).Select(d => d.Id).Distinct());
        return new FixResult(source, source.Text, FixOutcome.DidNotConverge, [], last.Diagnostics,
            $"fixes did not converge after {options.MaxRounds} rounds (still fixable: {stuck}); nothing was changed");
    }

    private static bool IsApplicable(Diagnostic diagnostic, FixOptions options) =>
        diagnostic.Fix is { Edits.Count: > 0 } fix
        && (fix.Applicability == FixApplicability.Safe || options.IncludeUnsafe)
        && diagnostic.Id != RuleIds.InternalError;

    /// <summary>Fixes in file order whose edits touch no edit already chosen; the rest wait for the next round.</summary>
    private static List<Diagnostic> ChooseNonOverlapping(List<Diagnostic> fixable)
    {
        var chosen = new List<Diagnostic>();
        var taken = new List<TextSpan>();
        foreach (var diagnostic in fixable.OrderBy(d => d.Fix!.Edits.Min(e => e.Span.Start)))
        {
            var spans = diagnostic.Fix!.Edits.Select(e => e.Span).ToList();
            if (spans.Any(s => taken.Any(t => Touches(s, t))))
            {
                continue;
            }

            chosen.Add(diagnostic);
            taken.AddRange(spans);
        }

        return chosen;
    }

    /// <summary>Overlapping spans, or two edits at the same point (whose order would be ambiguous).</summary>
    private static bool Touches(TextSpan a, TextSpan b) =>
        a.Start < b.End && b.Start < a.End || a.Start == b.Start || (a.IsEmpty && b.Contains(a.Start)) || (b.IsEmpty && a.Contains(b.Start));

    public static string ApplyEdits(string text, IEnumerable<TextEdit> edits)
    {
        var ordered = edits.OrderBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        var builder = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var edit in ordered)
        {
            if (edit.Span.Start < position)
            {
                throw new InvalidOperationException($"overlapping edits at {edit.Span}");
            }

            builder.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }
}
