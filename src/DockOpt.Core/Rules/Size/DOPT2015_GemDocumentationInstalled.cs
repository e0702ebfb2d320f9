using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>gem install</c> (or <c>gem update</c>) in a stage that ships generates ri and RDoc documentation for every
/// gem. The official ruby images turn that off in their gemrc, so only stages on other official images (where
/// Ruby came from the OS packages) are judged, and a gemrc written earlier in the stage also satisfies it.
/// </summary>
public sealed class DOPT2015_GemDocumentationInstalled : Rule
{
    private static readonly string[] OptionsWithValue = ["-v", "--version", "-i", "--install-dir", "-n", "--bindir", "-s", "--source", "-P", "--trust-policy", "--platform"];

    private readonly HashSet<Stage> _gemrcWritten = new();

    public override string Id => RuleIds.GemDocumentationInstalled;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.BaseStage is not null && _gemrcWritten.Contains(stage.BaseStage))
        {
            _gemrcWritten.Add(stage);
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is InstructionKind.Copy or InstructionKind.Add && ContextCopies.Sources(syntax).Any(w => w.Value.EndsWith("gemrc", StringComparison.Ordinal)))
        {
            _gemrcWritten.Add(instruction.Stage);
            return;
        }

        if (syntax.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var root = instruction.Stage.RootImage;
        var judged = instruction.Stage.Ships && root is { IsOfficialDockerHubImage: true } && root.Name is not ("ruby" or "jruby" or "rails" or "redmine");
        foreach (var command in script.Commands)
        {
            if (WritesGemrc(command))
            {
                _gemrcWritten.Add(instruction.Stage);
                continue;
            }

            if (!judged || _gemrcWritten.Contains(instruction.Stage) || command.Program != "gem")
            {
                continue;
            }

            var view = CommandLineView.Parse(command.Arguments, OptionsWithValue);
            if (view.Subcommand is not ("install" or "i" or "update") || view.Has("--no-document", "-N", "--no-doc")
                || (view.Has("--no-ri") && view.Has("--no-rdoc")) || view.Has("--help", "-h"))
            {
                continue;
            }

            var at = script.SpanOf(view.Positionals[0]).End;
            var fix = script.Instruction.Form == CommandForm.Shell
                ? Fix.Safe("Add --no-document", new TextEdit(new TextSpan(at, at), " --no-document"))
                : null;
            context.Report(CommandText.Head(script, command, view), fix, CommandText.Describe(command, view));
        }
    }

    /// <summary>An echo or printf of a no-document setting into a gemrc.</summary>
    private static bool WritesGemrc(ShellCommand command) =>
        command.Program is "echo" or "printf"
        && command.Arguments.Any(a => a.Value.Contains("--no-document", StringComparison.Ordinal) || a.Value.Contains("--no-rdoc", StringComparison.Ordinal))
        && command.Redirections.Any(r => r.Target?.Value.EndsWith("gemrc", StringComparison.Ordinal) == true);
}
