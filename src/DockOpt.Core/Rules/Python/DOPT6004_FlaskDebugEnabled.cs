using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// The produced image turns on Flask's debug mode: <c>FLASK_DEBUG</c> set to a true value or
/// <c>FLASK_ENV=development</c> (Flask before 2.3) by ENV in a stage that ships, or <c>flask --debug</c> /
/// <c>flask run --debugger</c> in its command. Debug mode serves the interactive Werkzeug debugger, which runs
/// Python code sent from the browser.
/// </summary>
public sealed class DOPT6004_FlaskDebugEnabled : Rule
{
    // Per stage: the last FLASK_DEBUG / FLASK_ENV setting in force, with its span.
    private readonly Dictionary<Stage, Dictionary<string, (string? Value, TextSpan Span)>> _settings = new();

    public override string Id => RuleIds.FlaskDebugEnabled;

    public override void VisitStage(Stage stage, RuleContext context) =>
        _settings[stage] = stage.BaseStage is not null && _settings.TryGetValue(stage.BaseStage, out var inherited)
            ? new Dictionary<string, (string?, TextSpan)>(inherited)
            : new Dictionary<string, (string?, TextSpan)>();

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Env)
        {
            return;
        }

        foreach (var pair in instruction.Instruction.KeyValues.Where(p => p.Name is "FLASK_DEBUG" or "FLASK_ENV"))
        {
            var value = pair.Value is null ? null : instruction.Expand(pair.Value);
            _settings[instruction.Stage][pair.Name] = (value is { IsFullyResolved: true } ? value.Value : null, pair.Span);
        }
    }

    public override void Finish(RuleContext context)
    {
        if (ImageIntent.IsDevelopmentImage(context.Model) || context.Model.FinalStage is not { } final || !_settings.TryGetValue(final, out var settings))
        {
            return;
        }

        if (settings.TryGetValue("FLASK_DEBUG", out var debug) && debug.Value is { Length: > 0 } flag
            && flag.Trim().ToLowerInvariant() is not ("0" or "false" or "no"))
        {
            context.Report(debug.Span, $"FLASK_DEBUG={flag}");
        }
        else if (!settings.ContainsKey("FLASK_DEBUG") && settings.TryGetValue("FLASK_ENV", out var env) && env.Value == "development")
        {
            context.Report(env.Span, "FLASK_ENV=development");
        }

        if (ImageCommand.OfFinalImage(context.Model) is not { } image)
        {
            return;
        }

        foreach (var command in image.Commands)
        {
            if (PythonCommandLine.Read(ImageCommand.Launched(command)) is { Program: "flask" } flask
                && flask.Arguments.FirstOrDefault(w => w.Value is "--debug" or "--debugger") is { } option)
            {
                context.Report(image.SpanOf(option), "flask " + option.Value);
                return;
            }
        }
    }
}
