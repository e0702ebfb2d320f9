using System.Globalization;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// <c>useradd</c> with a UID of 100000 or more and without <c>-l</c>/<c>--no-log-init</c>. useradd
/// then writes the user's slot in <c>/var/log/lastlog</c> and <c>faillog</c>, files indexed by UID:
/// sparse on disk, but a layer stores them in full, hundreds of megabytes or more.
/// </summary>
public sealed class DOPT4013_UseraddHighUidWithoutNoLogInit : Rule
{
    private const long Threshold = 100_000;

    private static readonly string[] OptionsWithValue =
    [
        "-u", "--uid", "-g", "--gid", "-G", "--groups", "-s", "--shell", "-d", "--home", "--home-dir", "-c", "--comment",
        "-e", "--expiredate", "-f", "--inactive", "-k", "--skel", "-K", "--key", "-p", "--password", "-b", "--base-dir",
        "-R", "--root", "-P", "--prefix", "-Z", "--selinux-user",
    ];

    public override string Id => RuleIds.UseraddHighUidWithoutNoLogInit;

    /// <summary>lastlog keeps one 292-byte record per UID up to the highest one.</summary>
    private static string Size(long bytes) => bytes >= 1L << 30
        ? (bytes / (double)(1L << 30)).ToString("0.#", CultureInfo.InvariantCulture) + " GB"
        : (bytes / (double)(1L << 20)).ToString("0", CultureInfo.InvariantCulture) + " MB";

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program == "useradd"))
        {
            var view = command.ParseArguments(OptionsWithValue);
            if (view.Has("-l", "--no-log-init") || view.Find("-u", "--uid").LastOrDefault() is not { Value: { } raw } uid)
            {
                continue;
            }

            var value = raw.Contains('$') ? WordLexer.Expand(raw, instruction.Lookup).Value : raw;
            if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < Threshold)
            {
                continue;
            }

            var at = script.SpanOf(command.Words[0]).End;
            var fix = Fix.Safe("Add --no-log-init", new TextEdit(new TextSpan(at, at), " --no-log-init"));
            context.Report(script.Text.ToSource(uid.Start, uid.End), fix, value, Size((number + 1) * 292));
        }
    }
}
