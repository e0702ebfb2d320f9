using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Correctness;

/// <summary>
/// A package manager command that asks "Do you want to continue?" without being told the answer:
/// <c>apt-get</c>/<c>apt</c> install, upgrade, remove... without <c>-y</c> (or <c>-qq</c>, or
/// <c>APT::Get::Assume-Yes</c>), <c>yum</c>/<c>dnf</c>/<c>tdnf</c> without <c>-y</c>, <c>zypper</c>
/// without <c>-n</c> or <c>-y</c>. A build has no terminal, so the prompt reads end-of-file and aborts
/// as soon as the command has anything to confirm. <c>yes |</c> and an assume-yes setting written
/// to the package manager's configuration earlier are understood.
/// </summary>
public sealed class DOPT4016_PackageManagerWaitsForConfirmation : Rule
{
    private static readonly HashSet<string> AptPrompts = new(StringComparer.Ordinal)
    {
        "install", "upgrade", "dist-upgrade", "full-upgrade", "remove", "purge", "autoremove", "autopurge", "build-dep", "reinstall", "satisfy",
    };

    private static readonly HashSet<string> RpmPrompts = new(StringComparer.Ordinal)
    {
        "install", "in", "update", "upgrade", "up", "remove", "rm", "erase", "reinstall", "downgrade", "groupinstall", "groupupdate",
        "groupremove", "localinstall", "distro-sync", "dsync", "autoremove", "swap", "group", "module", "patch", "dist-upgrade", "dup",
        "source-install", "si",
    };

    private static readonly string[] DnfOptionsWithValue =
    [
        "--setopt", "--releasever", "--installroot", "-x", "--exclude", "--enablerepo", "--disablerepo", "--repo", "--repoid",
        "-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel",
    ];

    private bool _aptAssumesYes;
    private bool _rpmAssumesYes;

    public override string Id => RuleIds.PackageManagerWaitsForConfirmation;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (command.PipedFrom?.Program == "yes")
            {
                continue;
            }

            var subcommand = command.Program switch
            {
                "apt-get" or "apt" when !_aptAssumesYes => AptPrompting(command),
                "yum" or "dnf" or "tdnf" when !_rpmAssumesYes => RpmPrompting(command, "-y", "--assumeyes", "--assumeno"),
                "zypper" => RpmPrompting(command, "-n", "--non-interactive", "-y", "--no-confirm"),
                _ => null,
            };
            if (subcommand is null)
            {
                continue;
            }

            var flag = command.Program == "zypper" ? "-n" : "-y";
            var edit = command.Program == "zypper"
                ? new TextEdit(new TextSpan(script.SpanOf(command.Words[0]).End, script.SpanOf(command.Words[0]).End), " -n")
                : new TextEdit(new TextSpan(script.SpanOf(subcommand).End, script.SpanOf(subcommand).End), " -y");
            context.Report(script.SpanOf(subcommand), Fix.Safe($"Add {flag}", edit), command.Program + " " + subcommand.Value, flag);
        }

        // apt.conf or yum.conf settings written by this RUN apply to the RUNs after it.
        var text = script.Text.Text;
        _aptAssumesYes |= text.Contains("Assume-Yes", StringComparison.OrdinalIgnoreCase);
        _rpmAssumesYes |= text.Contains("assumeyes=1", StringComparison.OrdinalIgnoreCase) || text.Contains("assumeyes=true", StringComparison.OrdinalIgnoreCase);
    }

    private static ShellWord? AptPrompting(ShellCommand command)
    {
        var view = command.ParseArguments(KnownOptions.AptGet);
        if (view.Subcommand is not { } sub || !AptPrompts.Contains(sub) || command.Words[0].HasExpansion)
        {
            return null;
        }

        var quiet = view.Find("-q", "--quiet").Sum(o => o.Value is { } level && int.TryParse(level, out var n) ? n : 1);
        var answered = view.Has("-y", "--yes", "--assume-yes", "--assume-no", "-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act", "--print-uris", "--trivial-only")
            || quiet >= 2
            || view.Values("-o", "--option").Any(v => v.Contains("Assume-Yes", StringComparison.OrdinalIgnoreCase) || v.Contains("Trivial-Only", StringComparison.OrdinalIgnoreCase));
        return answered ? null : view.Positionals[0];
    }

    private static ShellWord? RpmPrompting(ShellCommand command, params string[] answers)
    {
        var view = command.ParseArguments(DnfOptionsWithValue);
        if (view.Subcommand is not { } sub || !RpmPrompts.Contains(sub) || command.Words[0].HasExpansion)
        {
            return null;
        }

        // dnf group list, dnf module info... only look things up.
        if (sub is "group" or "module" && (view.Positionals.Count < 2
            || view.Positionals[1].Value is not ("install" or "remove" or "upgrade" or "update" or "enable" or "disable" or "reset" or "switch-to")))
        {
            return null;
        }

        var answered = view.Has(answers) || view.Has("--downloadonly", "--assumeno")
            || view.Values("--setopt").Any(v => v.StartsWith("assumeyes=", StringComparison.OrdinalIgnoreCase) && v[10..].Trim() is "1" or "True" or "true" or "yes");
        return answered ? null : view.Positionals[0];
    }
}
