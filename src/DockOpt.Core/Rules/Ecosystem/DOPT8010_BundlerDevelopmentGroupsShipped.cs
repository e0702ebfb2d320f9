using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>bundle install</c> runs in a stage that ships without excluding any gem group: the development and test
/// groups (debuggers, test frameworks, linters, browser drivers) are installed into the image. Satisfied by
/// BUNDLE_WITHOUT or BUNDLE_ONLY (ENV, ARG or inline), <c>bundle config set without ...</c> earlier in the stage,
/// or the deprecated <c>--without</c> option.
/// </summary>
public sealed class DOPT8010_BundlerDevelopmentGroupsShipped : Rule
{
    private readonly HashSet<Stage> _configured = new();

    public override string Id => RuleIds.BundlerDevelopmentGroupsShipped;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.BaseStage is not null && _configured.Contains(stage.BaseStage))
        {
            _configured.Add(stage);
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program is "bundle" or "bundler"))
        {
            var view = CommandLineView.Parse(command.Arguments, ["--without", "--with", "--path", "--jobs", "-j", "--retry", "--gemfile", "--binstubs"]);
            if (view.Subcommand == "config" && view.Positionals.Skip(1).Any(p => p.Value is "without" or "only"))
            {
                _configured.Add(instruction.Stage);
                continue;
            }

            if (!instruction.Stage.Ships || ImageIntent.IsDevelopmentImage(context.Model) || view.Subcommand is not (null or "install") || view.Has("--without", "--help", "-h")
                || _configured.Contains(instruction.Stage)
                || CommandText.Environment(script, command, "BUNDLE_WITHOUT") is not null
                || CommandText.Environment(script, command, "BUNDLE_ONLY") is not null)
            {
                continue;
            }

            context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view));
        }
    }
}
