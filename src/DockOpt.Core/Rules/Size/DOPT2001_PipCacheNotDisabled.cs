using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>pip install</c> keeps its download and wheel cache in the layer of a stage that ships.
/// Satisfied by <c>--no-cache-dir</c>, by <c>PIP_NO_CACHE_DIR</c> (ENV, ARG or inline), or by a
/// cache or tmpfs mount over pip's cache folder.
/// </summary>
public sealed class DOPT2001_PipCacheNotDisabled : Rule
{
    public override string Id => RuleIds.PipCacheNotDisabled;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || instruction.IsDefined("PIP_NO_CACHE_DIR") || context.GetScript(instruction) is not { } script)
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
            if (view.Subcommand != "install" || view.Has("--no-cache-dir") || SetsNoCacheInline(command))
            {
                continue;
            }

            var cacheDir = view.Values("--cache-dir").LastOrDefault() ?? CacheFolder(instruction);
            if (script.HasCacheMountCovering(cacheDir) || script.Commands.Any(c => c.Start > command.Start && RemovesCache(c, cacheDir, instruction)))
            {
                continue;
            }

            var install = script.SpanOf(view.Positionals[0]);
            context.Report(new Text.TextSpan(script.SpanOf(command.Words[0]).Start, install.End), Fix(script, view));
        }
    }

    /// <summary>Where pip keeps its cache for the RUN's user: XDG_CACHE_HOME, else the user's home.</summary>
    private static string CacheFolder(InstructionContext instruction)
    {
        if (instruction.Lookup("XDG_CACHE_HOME") is { Length: > 0 } xdg)
        {
            return xdg.TrimEnd('/') + "/pip";
        }

        var home = instruction.Lookup("HOME");
        if (string.IsNullOrEmpty(home))
        {
            home = instruction.User is null or "root" or "0" ? "/root" : "/home/" + instruction.User;
        }

        return home.TrimEnd('/') + "/.cache/pip";
    }

    /// <summary>
    /// Later in the same RUN, the cache goes again: <c>pip cache purge</c>, or <c>rm -r</c> of the cache folder,
    /// a folder above it (<c>~/.cache</c>), or <c>$(pip cache dir)</c>.
    /// </summary>
    private static bool RemovesCache(ShellCommand command, string cacheDir, InstructionContext instruction)
    {
        if (ProgramNames.IsPip(command.Program))
        {
            var pip = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            return pip.Subcommand == "cache" && pip.Positionals.Count > 1 && pip.Positionals[1].Value == "purge";
        }

        if (command.Program != "rm")
        {
            return false;
        }

        var view = CommandLineView.Parse(command.Arguments);
        if (!view.Has("-r", "-R", "--recursive"))
        {
            return false;
        }

        var home = CacheFolder(instruction) is var own && own.EndsWith("/.cache/pip", StringComparison.Ordinal) ? own[..^"/.cache/pip".Length] : null;
        return view.Positionals.Any(p =>
        {
            if (p.Raw.Contains("pip cache dir", StringComparison.Ordinal))
            {
                return true;
            }

            var path = p.Value.TrimEnd('/');
            if (path.StartsWith("~/", StringComparison.Ordinal) && home is not null)
            {
                path = home + path[1..];
            }

            return path.Length > 1 && (cacheDir == path || cacheDir.StartsWith(path + "/", StringComparison.Ordinal));
        });
    }

    private static bool SetsNoCacheInline(ShellCommand command)
    {
        for (var c = command; c is not null; c = c.WrappedBy)
        {
            if (c.Assignments.Any(a => a.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal))
                || (c.Program == "env" && c.Arguments.Any(a => a.Value.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static Fixes.Fix? Fix(RunScript script, CommandLineView view)
    {
        if (script.Instruction.Form != CommandForm.Shell)
        {
            return null;
        }

        // Insert right after the "install" word; the cache is pure download state, so dropping it changes nothing the image runs.
        var install = view.Positionals[0];
        var at = script.SpanOf(install).End;
        return Fixes.Fix.Safe("Add --no-cache-dir", new Fixes.TextEdit(new Text.TextSpan(at, at), " --no-cache-dir"));
    }
}
