using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// <c>pip install</c> names a package on the command line with no version specifier at all. Installs from
/// requirement or constraint files (<c>-r</c>, <c>-c</c>, PIP_CONSTRAINT), local paths, URLs, wheels and sdists,
/// words with variables, and pip, setuptools and wheel themselves are not reported.
/// </summary>
public sealed class DOPT6008_PipPackageUnpinned : Rule
{
    private static readonly HashSet<string> Tooling = new(StringComparer.OrdinalIgnoreCase) { "pip", "setuptools", "wheel" };

    public override string Id => RuleIds.PipPackageUnpinned;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.IsReachable || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => ProgramNames.IsPip(c.Program)))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            if (view.Subcommand != "install" || view.Has("-r", "--requirement", "-c", "--constraint")
                || CommandText.Environment(script, command, "PIP_CONSTRAINT") is not null)
            {
                continue;
            }

            foreach (var word in view.Positionals.Skip(1).Where(w => IsUnpinnedName(w)))
            {
                context.Report(script.SpanOf(word), word.Value);
            }
        }
    }

    private static bool IsUnpinnedName(ShellWord word)
    {
        var value = word.Value;
        if (!word.IsLiteral || word.HasGlob || value.Length == 0 || value.IndexOfAny(['=', '<', '>', '~', '!', '@', ';', '/', '\\', ':']) >= 0
            || value.StartsWith('.') || value.EndsWith(".whl", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var name = value.Split('[')[0];
        return name.Length > 0 && !Tooling.Contains(name) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
    }
}
