using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// <c>pip install --user</c> (or PIP_USER) runs as root in a stage that ships, so the packages land in
/// /root/.local, and the image runs as another user, who cannot read /root (mode 700 in the official images):
/// the application does not find its packages. Not reported when HOME or PYTHONUSERBASE points elsewhere.
/// </summary>
public sealed class DOPT6007_PipUserInstallUnreachable : Rule
{
    private readonly List<TextSpan> _rootUserInstalls = new();

    public override string Id => RuleIds.PipUserInstallUnreachable;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run || !ImagePaths.IsRoot(instruction.User)
            || instruction.IsDefined("HOME") || instruction.IsDefined("PYTHONUSERBASE") || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => ProgramNames.IsPip(c.Program)))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            if (view.Subcommand != "install" || CommandText.SetsVariable(script, command, "PYTHONUSERBASE") || CommandText.SetsVariable(script, command, "HOME"))
            {
                continue;
            }

            if (view.Find("--user").FirstOrDefault() is { } option)
            {
                _rootUserInstalls.Add(script.SpanOf(option.Word));
            }
            else if (CommandText.IsTruthy(CommandText.Environment(script, command, "PIP_USER")))
            {
                _rootUserInstalls.Add(CommandText.Head(script, command, view));
            }
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_rootUserInstalls.Count == 0 || context.Model.FinalStage is not { } final)
        {
            return;
        }

        string? user = null;
        for (var stage = final; stage is not null && user is null; stage = stage.BaseStage)
        {
            var last = stage.Instructions.LastOrDefault(i => i.Kind == InstructionKind.User && i.Words.Count > 0);
            if (last is not null)
            {
                var expanded = context.Model.GetContext(last)!.Expand(last.Words[0]);
                if (!expanded.IsFullyResolved)
                {
                    return;
                }

                user = expanded.Value;
            }
        }

        if (ImagePaths.IsRoot(user))
        {
            return;
        }

        foreach (var span in _rootUserInstalls)
        {
            context.Report(span, user);
        }
    }
}
