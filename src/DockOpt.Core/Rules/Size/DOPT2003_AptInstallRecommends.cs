using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>apt-get install</c> without <c>--no-install-recommends</c> also installs every recommended
/// package. Satisfied by the flag, by <c>-o APT::Install-Recommends=false</c>, or by an apt
/// configuration written earlier in the stage that turns recommends off.
/// </summary>
public sealed class DOPT2003_AptInstallRecommends : Rule
{
    private readonly HashSet<Stage> _configuredOff = new();

    public override string Id => RuleIds.AptInstallRecommends;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (stage.BaseStage is not null && _configuredOff.Contains(stage.BaseStage))
        {
            _configuredOff.Add(stage);
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.IsReachable || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (IsRecommendsConfiguration(script, command))
            {
                _configuredOff.Add(instruction.Stage);
                continue;
            }

            if (_configuredOff.Contains(instruction.Stage) || OsPackages.AsInstall(command) is not { Manager: "apt" } install)
            {
                continue;
            }

            // An install of nothing (apt-get install -y with every package on another line that never came) pulls in
            // nothing, unless xargs supplies the names or -f repairs dependencies; recommends removed again in the same
            // RUN never reach a layer.
            var view = install.View;
            var installsNothing = install.Packages.Count == 0 && command.WrappedBy is null && !view.Has("-f", "--fix-broken");
            if (installsNothing || view.Has("--no-install-recommends") || view.Values("-o", "--option").Any(TurnsRecommendsOff)
                || script.Commands.Any(c => c.Start > command.Start && AutoremovesRecommends(c)))
            {
                continue;
            }

            var subcommand = view.Positionals[0];
            var span = new TextSpan(script.SpanOf(command.Words[0]).Start, script.SpanOf(subcommand).End);
            var at = script.SpanOf(subcommand).End;
            var fix = script.Instruction.Form == CommandForm.Shell
                ? Fix.Unsafe("Add --no-install-recommends", new TextEdit(new TextSpan(at, at), " --no-install-recommends"))
                : null;
            context.Report(span, fix);
        }
    }

    private static bool TurnsRecommendsOff(string option)
    {
        var parts = option.Split('=', 2);
        return parts.Length == 2 && parts[0].Trim().Equals("APT::Install-Recommends", StringComparison.OrdinalIgnoreCase)
            && parts[1].Trim().Trim('"', '\'') is "false" or "0" or "no" or "False" or "off";
    }

    /// <summary>
    /// <c>apt-get purge --auto-remove -o APT::AutoRemove::RecommendsImportant=false</c> (or <c>autoremove</c> with
    /// that option): removes every package that only a recommendation kept, as the official images do.
    /// </summary>
    private static bool AutoremovesRecommends(Shell.ShellCommand command)
    {
        if (!OsPackages.IsApt(command))
        {
            return false;
        }

        var view = Shell.CommandLineView.Parse(command.Arguments, Shell.KnownOptions.AptGet);
        var autoremoves = view.Subcommand == "autoremove" || (view.Subcommand is "purge" or "remove" && view.Has("--auto-remove", "--autoremove"));
        return autoremoves && view.Values("-o", "--option").Any(option =>
        {
            var parts = option.Split('=', 2);
            return parts.Length == 2 && parts[0].Trim().Equals("APT::AutoRemove::RecommendsImportant", StringComparison.OrdinalIgnoreCase)
                && parts[1].Trim().Trim('"', '\'').ToLowerInvariant() is "false" or "0" or "no" or "off";
        });
    }

    /// <summary>An echo or printf into /etc/apt/apt.conf.d that sets Install-Recommends off.</summary>
    private static bool IsRecommendsConfiguration(RunScript script, Shell.ShellCommand command) =>
        command.Program is "echo" or "printf"
        && command.Arguments.Any(a => a.Value.Contains("Install-Recommends", StringComparison.OrdinalIgnoreCase)
            && (a.Value.Contains("\"0\"", StringComparison.Ordinal) || a.Value.Contains("false", StringComparison.OrdinalIgnoreCase)))
        && command.Redirections.Any(r => r.Target?.Value.StartsWith("/etc/apt/apt.conf", StringComparison.Ordinal) == true);
}
