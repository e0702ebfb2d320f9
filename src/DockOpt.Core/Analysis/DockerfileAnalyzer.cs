using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Rules;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>
/// Parses a Dockerfile, builds its model and runs every enabled rule over it in one pass. A rule
/// that throws is reported as one DOPT0000 finding naming it; the other rules still run. The file's
/// configuration (<see cref="AnalyzerOptions.Configuration"/>) sets severities and rule options
/// beneath the host's options; findings that suppression comments name are dropped and counted.
/// Throws <see cref="ConfigurationException"/> when a configuration file cannot be used.
/// </summary>
public static class DockerfileAnalyzer
{
    public static AnalysisResult Analyze(string text, string? path = null, AnalyzerOptions? options = null) =>
        Analyze(SourceText.From(text, path), options);

    public static AnalysisResult Analyze(SourceText source, AnalyzerOptions? options = null)
    {
        options ??= AnalyzerOptions.Default;
        var configuration = options.Configuration?.Resolve(source.Path) ?? FileConfiguration.Empty;
        options = options.WithConfiguration(configuration);
        var syntax = DockerfileSyntax.Parse(source);
        var model = DockerfileModel.Build(syntax, options.Model);
        var diagnostics = new List<Diagnostic>();
        var context = new RuleContext(model, options, diagnostics);

        if (options.IsEnabled(RuleIds.SyntaxError))
        {
            var metadata = RuleCatalog.Get(RuleIds.SyntaxError);
            foreach (var error in syntax.Errors)
            {
                context.ReportFor(metadata, error.Span, null, error.Message);
            }
        }

        var rules = new List<Rule>();
        foreach (var rule in RuleRegistry.Create().Where(r => options.IsEnabled(r.Id)))
        {
            if (!RuleCatalog.TryGet(rule.Id, out var metadata))
            {
                // A rule without metadata is a packaging mistake; say so once instead of failing the analysis.
                context.ReportFor(RuleCatalog.Get(RuleIds.InternalError), new TextSpan(0, 0), null, rule.Id, "the rule has no metadata");
            }
            else if (options.SeverityOf(rule.Id, metadata.DefaultSeverity) != Severity.None)
            {
                rules.Add(rule);
            }
        }

        var failed = new HashSet<Rule>();
        foreach (var stage in model.Stages)
        {
            Run(rules, failed, context, rule => rule.VisitStage(stage, context));
            foreach (var instruction in stage.Instructions)
            {
                var instructionContext = model.GetContext(instruction)!;
                Run(rules, failed, context, rule => rule.Visit(instructionContext, context));
            }
        }

        Run(rules, failed, context, rule => rule.Finish(context));

        var suppressions = Suppressions.Read(syntax, configuration.HonorsHadolintPragmas);
        var suppressed = 0;
        var result = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics
            .Select(d => d with { Severity = options.SeverityOf(d.Id, d.Severity) })
            .Where(d => d.Severity != Severity.None)
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            if (suppressions.IsSuppressed(diagnostic))
            {
                suppressed++;
            }
            else
            {
                result.Add(diagnostic);
            }
        }

        return new AnalysisResult(syntax, model, result) { SuppressedCount = suppressed, Configuration = configuration };
    }

    private static void Run(List<Rule> rules, HashSet<Rule> failed, RuleContext context, Action<Rule> step)
    {
        foreach (var rule in rules)
        {
            if (failed.Contains(rule))
            {
                continue;
            }

            context.CurrentRule = rule;
            try
            {
                step(rule);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // One broken rule must not hide the others' findings or fail a build.
                failed.Add(rule);
                context.ReportFor(RuleCatalog.Get(RuleIds.InternalError), new TextSpan(0, 0), null, rule.Id, $"{exception.GetType().Name}: {exception.Message}");
            }
            finally
            {
                context.CurrentRule = null;
            }
        }
    }
}
