using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// Shared by the rules about compiling in a stage that ships on a compiler image: reports the first build
/// command of each such stage, unless the image's command is the toolchain itself or a shell (a CI or
/// development image that needs the compiler at run time).
/// </summary>
public abstract class CompilerImageShipped : Rule
{
    private static readonly HashSet<string> Shells = new(StringComparer.Ordinal) { "sh", "bash", "ash", "zsh" };

    private readonly HashSet<Stage> _seen = new();
    private readonly List<(TextSpan Span, string Command, string Image)> _builds = new();

    /// <summary>The official image that carries the toolchain (golang, rust).</summary>
    protected abstract string ImageName { get; }

    /// <summary>Programs that need the toolchain at run time (go, cargo, linters...).</summary>
    protected abstract IReadOnlySet<string> ToolchainPrograms { get; }

    protected abstract bool IsBuild(ShellCommand command);

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var stage = instruction.Stage;
        if (!stage.Ships || _seen.Contains(stage) || stage.RootImage is not { IsOfficialDockerHubImage: true } root || root.Name != ImageName
            || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        if (script.Commands.FirstOrDefault(IsBuild) is { } build)
        {
            var view = CommandLineView.Parse(build.Arguments);
            _seen.Add(stage);
            _builds.Add((CommandText.Head(script, build, view), CommandText.Describe(build, view), root.Text));
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_builds.Count == 0 || ImageIntent.IsDevelopmentImage(context.Model) || ImageCommand.OfFinalImage(context.Model) is not { } image)
        {
            return;
        }

        var programs = image.Commands.Select(ImageCommand.Launched).Where(w => w.Count > 0).Select(w => ProgramNames.Basename(w[0].Value)).ToList();
        if (programs.Count == 0 || programs.Any(p => Shells.Contains(p) || ToolchainPrograms.Contains(p)))
        {
            return;
        }

        foreach (var (span, command, root) in _builds)
        {
            context.Report(span, command, root);
        }
    }
}
