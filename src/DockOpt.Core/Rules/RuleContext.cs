using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules;

/// <summary>What a rule sees of the file being analysed, and how it reports.</summary>
public sealed class RuleContext
{
    private readonly Dictionary<InstructionSyntax, RunScript?> _scripts = new();
    private readonly List<Diagnostic> _diagnostics;

    internal RuleContext(DockerfileModel model, AnalyzerOptions options, List<Diagnostic> diagnostics)
    {
        Model = model;
        Options = options;
        _diagnostics = diagnostics;
    }

    public DockerfileModel Model { get; }

    public DockerfileSyntax Syntax => Model.Syntax;

    public SourceText Source => Model.Syntax.Source;

    public AnalyzerOptions Options { get; }

    /// <summary>The line break fixes should write: the one most of the file's lines end with.</summary>
    public string NewLine => Source.DominantLineEnding == LineEnding.CrLf ? "\r\n" : "\n";

    /// <summary>The rule being run; set by the engine.</summary>
    internal Rule? CurrentRule { get; set; }

    /// <summary>The shell commands a RUN executes, read once and shared by every rule; null for exec form whose program is not a shell, or a non-POSIX SHELL.</summary>
    public RunScript? GetScript(InstructionContext instruction)
    {
        if (!_scripts.TryGetValue(instruction.Instruction, out var script))
        {
            script = RunScript.Create(instruction, Source);
            _scripts[instruction.Instruction] = script;
        }

        return script;
    }

    /// <summary>Reports a finding of the current rule at <paramref name="span"/>, its message formatted from the metadata.</summary>
    public void Report(TextSpan span, Fix? fix, params object?[] messageArgs)
    {
        var rule = CurrentRule ?? throw new InvalidOperationException("Report is only valid while a rule runs");
        ReportFor(rule.Metadata, span, fix, messageArgs);
    }

    public void Report(TextSpan span, params object?[] messageArgs) => Report(span, null, messageArgs);

    internal void ReportFor(RuleMetadata metadata, TextSpan span, Fix? fix, params object?[] messageArgs)
    {
        _diagnostics.Add(new Diagnostic(
            metadata.Id,
            metadata.DefaultSeverity,
            metadata.Category,
            metadata.FormatMessage(messageArgs),
            span,
            Source.GetLocation(span),
            metadata.HelpUri,
            fix));
    }
}
