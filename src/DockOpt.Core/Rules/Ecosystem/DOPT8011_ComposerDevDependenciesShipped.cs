using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>composer install</c> runs in a stage that ships without <c>--no-dev</c>: the require-dev packages (PHPUnit,
/// debug bars, code generators) are installed into the image. COMPOSER_NO_DEV=1 also satisfies it.
/// </summary>
public sealed class DOPT8011_ComposerDevDependenciesShipped : Rule
{
    public override string Id => RuleIds.ComposerDevDependenciesShipped;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || ImageIntent.IsDevelopmentImage(context.Model) || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program is "composer" or "composer.phar"))
        {
            var view = CommandLineView.Parse(command.Arguments, ["-d", "--working-dir"]);
            if (view.Subcommand is not ("install" or "i") || view.Has("--no-dev", "--help", "-h")
                || CommandText.Environment(script, command, "COMPOSER_NO_DEV") is { } noDev && (noDev.Length == 0 || CommandText.IsTruthy(noDev)))
            {
                continue;
            }

            context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view));
        }
    }
}
