using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Tests.Rules;

/// <summary>Runs one rule over a short Dockerfile and gives its findings as "line:col-endLine:endCol" strings.</summary>
internal static class RuleTestHelpers
{
    public static IReadOnlyList<Diagnostic> Run(string id, string dockerfile) =>
        DockerfileAnalyzer.Analyze(dockerfile, "Dockerfile", new AnalyzerOptions { Select = [id] }).Diagnostics
            .Where(d => d.Id == id)
            .ToList();

    public static IReadOnlyList<string> Spans(string id, string dockerfile) =>
        Run(id, dockerfile).Select(d => $"{d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn}").ToList();

    public static void Catches(string id, string dockerfile, params string[] spans) =>
        Spans(id, dockerfile).Should().Equal(spans, because: $"{id} should report exactly these spans in:\n{dockerfile}");

    public static void Passes(string id, string dockerfile) =>
        Run(id, dockerfile).Select(d => $"{d.Location}: {d.Message}").Should().BeEmpty(because: $"{id} should not fire on:\n{dockerfile}");
}
