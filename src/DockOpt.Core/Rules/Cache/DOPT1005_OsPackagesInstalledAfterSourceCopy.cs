using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// An OS package install (apt-get, apk, dnf, yum, microdnf, zypper) runs after the whole build context was
/// copied into the stage (or a stage it is built on): every source edit invalidates that layer and the
/// packages are downloaded and installed again. Installs that read their package names from files or
/// variables, or install local package files, may depend on the source and are not reported.
/// </summary>
public sealed class DOPT1005_OsPackagesInstalledAfterSourceCopy : Rule
{
    private readonly Dictionary<Stage, InstructionContext> _contextCopied = new();

    public override string Id => RuleIds.OsPackagesInstalledAfterSourceCopy;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.BaseStage is not null && _contextCopied.TryGetValue(stage.BaseStage, out var copy))
        {
            _contextCopied[stage] = copy;
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var stage = instruction.Stage;
        if (!_contextCopied.ContainsKey(stage) && ContextCopies.WholeContext(instruction) is not null)
        {
            _contextCopied[stage] = instruction;
            return;
        }

        if (!stage.IsReachable || instruction.Instruction.Kind != InstructionKind.Run
            || !_contextCopied.TryGetValue(stage, out var copy) || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (OsPackages.AsInstall(command) is not { } install || install.Packages.Count == 0
                || install.Packages.Any(p => !p.Word.IsLiteral || p.Name.Contains('/') || p.Name.EndsWith(".deb", StringComparison.Ordinal)
                    || p.Name.EndsWith(".rpm", StringComparison.Ordinal) || p.Name.EndsWith(".apk", StringComparison.Ordinal))
                || IsFedFromInput(command))
            {
                continue;
            }

            var line = context.Source.GetLocation(copy.Instruction.Span).Line;
            context.Report(CommandText.Head(script, command, install.View), CommandText.Describe(command, install.View), line);
            return;
        }
    }

    /// <summary>Package names read from a file or a pipe (<c>xargs apt-get install</c>).</summary>
    private static bool IsFedFromInput(Shell.ShellCommand command)
    {
        for (var c = command.WrappedBy; c is not null; c = c.WrappedBy)
        {
            if (c.Program == "xargs")
            {
                return true;
            }
        }

        return false;
    }
}
