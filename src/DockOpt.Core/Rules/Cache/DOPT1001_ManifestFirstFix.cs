using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// The fix of DOPT1001: copy the manifest and run the install before the whole-context copy. It is
/// offered only where it is certain to build the same image: the install is the RUN's only command
/// and directly follows the copy, the working directory is the copy's destination, the manifests
/// exist in the build context, and (for pip) the requirements name no other local file.
/// </summary>
internal static class ManifestFirstFix
{
    private static readonly HashSet<string> CopyFlagsKept = new(StringComparer.OrdinalIgnoreCase) { "chown", "chmod", "link" };

    public static Fix? Create(InstructionSyntax copy, InstructionContext copyContext, RunScript script, DependencyInstall install, RuleContext context)
    {
        var contextView = context.Options.BuildContext;
        var run = script.Instruction;
        if (contextView is null || run.Form != CommandForm.Shell || run.Heredocs.Count > 0 || script.Commands.Count != 1
            || copy.Form == CommandForm.Exec || copy.Flags.Any(f => !CopyFlagsKept.Contains(f.Name)) || !Adjacent(copy, run, context))
        {
            return null;
        }

        var manifests = install.Ecosystem switch
        {
            "pip" when install.Manifests.All(m => IsPlainRelativePath(m) && RequirementsAreSelfContained(contextView.ReadText(m))) => install.Manifests,
            "npm" when install.Command.Program == "npm" => ["package.json", "package-lock.json"],
            _ => null,
        };
        if (manifests is null || manifests.Any(m => !contextView.FileExists(m)))
        {
            return null;
        }

        // The install reads the manifest relative to the working directory: it must be where the context copy puts it.
        var destination = copyContext.Expand(copy.Words[^1]).Value;
        var workdir = (script.Context.Workdir ?? "/").TrimEnd('/');
        var destinationIsWorkdir = destination is "." or "./" || destination.TrimEnd('/') == workdir || (destination == "/" && workdir.Length == 0);
        if (!destinationIsWorkdir)
        {
            return null;
        }

        var baseDestination = destination is "." or "./" ? "./" : destination.TrimEnd('/') + "/";
        var flags = string.Concat(copy.Flags.Select(f => context.Source[f.Span] + " "));
        var nl = context.NewLine;
        var inserted = string.Concat(manifests
            .GroupBy(m => Path.GetDirectoryName(m)?.Replace('\\', '/') ?? string.Empty)
            .Select(g => $"{copy.Keyword.Replace("ADD", "COPY", StringComparison.OrdinalIgnoreCase)} {flags}{string.Join(' ', g)} {baseDestination}{(g.Key.Length == 0 ? string.Empty : g.Key + "/")}{nl}"));
        inserted += context.Source[new TextSpan(run.FullSpan.Start, run.Span.End)] + nl;
        return Fix.Safe(
            $"Copy {string.Join(" and ", manifests)} and install before copying the rest",
            new TextEdit(new TextSpan(copy.FullSpan.Start, copy.FullSpan.Start), inserted),
            new TextEdit(run.FullSpan, string.Empty));
    }

    /// <summary>Nothing but comments and blank lines between the copy and the install.</summary>
    private static bool Adjacent(InstructionSyntax copy, InstructionSyntax run, RuleContext context)
    {
        var between = context.Syntax.Instructions.Where(i => i.FullSpan.Start > copy.FullSpan.Start && i.FullSpan.Start < run.FullSpan.Start);
        return !between.Any();
    }

    private static bool IsPlainRelativePath(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains("..", StringComparison.Ordinal) && !path.Contains('$') && !path.Contains('*');

    /// <summary>A requirements file that refers to no other local file: no -r/-c/-e, no local paths or file: URLs.</summary>
    private static bool RequirementsAreSelfContained(string? text)
    {
        if (text is null)
        {
            return false;
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('-') && !line.StartsWith("--hash", StringComparison.Ordinal) && !line.StartsWith("--index-url", StringComparison.Ordinal)
                && !line.StartsWith("--extra-index-url", StringComparison.Ordinal) && !line.StartsWith("-i ", StringComparison.Ordinal))
            {
                return false;
            }

            if (line.StartsWith('.') || line.StartsWith('/') || line.Contains("file:", StringComparison.OrdinalIgnoreCase) || line.Contains(" @ ./", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
