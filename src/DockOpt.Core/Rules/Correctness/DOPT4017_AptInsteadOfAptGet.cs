using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// <c>apt</c> in a RUN. apt is the interactive front end: its output and behaviour may change
/// between releases, and it says so on every run in a script. <c>apt-get</c> is the stable one.
/// Subcommands apt-get does not have (<c>apt list</c>, <c>apt search</c>, <c>apt show</c>) are not reported.
/// </summary>
public sealed class DOPT4017_AptInsteadOfAptGet : Rule
{
    /// <summary>Subcommands that apt-get runs the same way.</summary>
    private static readonly HashSet<string> SameInAptGet = new(StringComparer.Ordinal)
    {
        "install", "update", "remove", "purge", "autoremove", "clean", "autoclean", "build-dep", "source", "dist-upgrade", "satisfy",
    };

    public override string Id => RuleIds.AptInsteadOfAptGet;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "apt"))
        {
            var sub = command.ParseArguments(KnownOptions.AptGet).Subcommand;
            if (sub is null || !(SameInAptGet.Contains(sub) || sub is "upgrade" or "full-upgrade"))
            {
                continue;
            }

            var word = command.Words[0];
            var fix = word.Raw == "apt" && SameInAptGet.Contains(sub)
                ? Fix.Safe("Use apt-get", new TextEdit(script.SpanOf(word), "apt-get"))
                : null;
            context.Report(script.SpanOf(word), fix, sub);
        }
    }
}
