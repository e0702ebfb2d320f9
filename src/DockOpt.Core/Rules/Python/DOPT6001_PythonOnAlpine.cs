using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// A stage on an Alpine (musl) base pip-installs packages: packages with compiled code often have
/// no musl wheel, so pip builds them from source, which needs a toolchain and takes long.
/// </summary>
public sealed class DOPT6001_PythonOnAlpine : Rule
{
    private readonly HashSet<Stage> _reported = new();

    public override string Id => RuleIds.PythonOnAlpine;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var root = instruction.Stage.RootImage;
        if (root is null || !IsAlpine(root) || instruction.Instruction.Kind != InstructionKind.Run
            || _reported.Contains(instruction.Stage) || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (!ProgramNames.IsPip(command.Program))
            {
                continue;
            }

            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            if (view.Subcommand != "install" || view.Values("--only-binary").Any(v => v == ":all:"))
            {
                continue;
            }

            _reported.Add(instruction.Stage);
            var span = new TextSpan(script.SpanOf(command.Words[0]).Start, script.SpanOf(view.Positionals[0]).End);
            context.Report(span, root.Text);
            return;
        }
    }

    private static bool IsAlpine(ImageReference image) =>
        image.Name == "alpine" || (image.Name == "python" && image.Tag?.HasVariant("alpine") == true);
}
