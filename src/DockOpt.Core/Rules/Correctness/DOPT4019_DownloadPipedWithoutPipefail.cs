using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A download piped into a command that succeeds on empty input (<c>curl -fsSL URL | sh</c>,
/// <c>| tee</c>, <c>| jq</c>, <c>| sed</c>...) without <c>pipefail</c>. A pipeline's status is its
/// last command's, so a failed download leaves the RUN green with nothing installed. Consumers that
/// fail on bad input (<c>tar</c>, <c>gunzip</c>, <c>sha256sum -c</c>, <c>gpg --import</c>) and
/// <c>head</c> (where pipefail would break the build on SIGPIPE) are not reported, nor are pipelines
/// whose failure is handled with <c>||</c>, a SHELL with <c>-o pipefail</c>, or a <c>set -o pipefail</c>
/// earlier in the RUN.
/// </summary>
public sealed class DOPT4019_DownloadPipedWithoutPipefail : Rule
{
    private static readonly HashSet<string> LenientConsumers = new(StringComparer.Ordinal)
    {
        "tee", "jq", "yq", "sed", "awk", "gawk", "mawk", "cut", "tr", "sort", "uniq", "cat", "xargs", "dd", "base64",
    };

    public override string Id => RuleIds.DownloadPipedWithoutPipefail;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || ShellSetsPipefail(instruction) || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var pipefailFrom = script.Commands.FirstOrDefault(SetsPipefail)?.End ?? int.MaxValue;
        foreach (var command in script.Commands)
        {
            if (command.Start >= pipefailFrom || command.After == ShellOperator.Or || command.InCondition || !MasksFailure(command)
                || Downloads.DownloadFeeding(command) is not { } download)
            {
                continue;
            }

            var span = script.Text.ToSource(download.Start, command.End);
            context.Report(span, download.Program, command.Program);
        }
    }

    private static bool MasksFailure(ShellCommand command) =>
        LenientConsumers.Contains(command.Program) || Downloads.RunsScriptFromStdin(command);

    /// <summary><c>set -o pipefail</c>, <c>set -euo pipefail</c>, <c>set -eo pipefail</c>.</summary>
    private static bool SetsPipefail(ShellCommand command)
    {
        if (command.Program != "set")
        {
            return false;
        }

        var args = command.Arguments;
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i].Value.StartsWith('-') && args[i].Value.EndsWith('o') && args[i + 1].Value == "pipefail")
            {
                return true;
            }
        }

        return false;
    }

    private static bool ShellSetsPipefail(InstructionContext instruction)
    {
        var shell = instruction.Shell;
        for (var i = 0; i + 1 < shell.Length; i++)
        {
            if (shell[i].StartsWith('-') && shell[i].EndsWith('o') && shell[i + 1] == "pipefail")
            {
                return true;
            }
        }

        return false;
    }
}
