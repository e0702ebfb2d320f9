using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// The whole build context is copied (<c>COPY . .</c>) and the context holds folders that do not belong in an
/// image — <c>.git</c>, <c>node_modules</c>, a virtualenv, .NET <c>bin</c>/<c>obj</c>, <c>__pycache__</c>, a
/// Rust or Maven <c>target</c> — that no <c>.dockerignore</c> excludes. Runs only when the host knows the
/// build context; names only folders that exist there.
/// </summary>
public sealed class DOPT2009_ContextCopiedWithoutDockerignore : Rule
{
    private bool _reported;

    public override string Id => RuleIds.ContextCopiedWithoutDockerignore;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (_reported || context.Options.BuildContext is not { } buildContext || !instruction.Stage.IsReachable
            || ContextCopies.WholeContext(instruction) is not { } span)
        {
            return;
        }

        _reported = true;
        var ignore = Dockerignore.Find(buildContext, context.Source.Path);
        var sent = UnwantedFolders(buildContext).Where(f => ignore is null || !ignore.MayExclude(f)).ToList();
        if (sent.Count == 0)
        {
            return;
        }

        var listed = string.Join(", ", sent.Take(4).Select(f => f + "/")) + (sent.Count > 4 ? $" and {sent.Count - 4} more" : string.Empty);
        var advice = ignore is null ? "there is no .dockerignore; add one that excludes them" : "the .dockerignore does not exclude them; add them to it";
        context.Report(span, context.Source[span], listed, advice);
    }

    /// <summary>The folders of the context root and its direct subfolders that should not be sent.</summary>
    private static List<string> UnwantedFolders(BuildContextView context)
    {
        var found = new List<string>();
        var root = context.Directory;
        if (!Directory.Exists(root))
        {
            return found;
        }

        var folders = new List<string> { "." };
        try
        {
            // Listed through the view, so a host that caches findings notices a new folder.
            folders.AddRange(context.FolderNames()
                .Where(n => !n.StartsWith('.') && n is not "node_modules" and not "__pycache__")
                .Take(200));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return found;
        }

        foreach (var folder in folders)
        {
            string Rel(string name) => folder == "." ? name : folder + "/" + name;
            if (folder == "." && context.DirectoryExists(".git"))
            {
                found.Add(".git");
            }

            if (context.DirectoryExists(Rel("node_modules")))
            {
                found.Add(Rel("node_modules"));
            }

            foreach (var venv in new[] { ".venv", "venv" })
            {
                if (context.FileExists(Path.Combine(Rel(venv), "pyvenv.cfg")))
                {
                    found.Add(Rel(venv));
                }
            }

            if (context.DirectoryExists(Rel("__pycache__")))
            {
                found.Add(Rel("__pycache__"));
            }

            if (HasProjectFile(context, folder))
            {
                foreach (var output in new[] { "bin", "obj" })
                {
                    if (context.DirectoryExists(Rel(output)))
                    {
                        found.Add(Rel(output));
                    }
                }
            }

            if ((context.FileExists(Rel("Cargo.toml")) || context.FileExists(Rel("pom.xml"))) && context.DirectoryExists(Rel("target")))
            {
                found.Add(Rel("target"));
            }
        }

        return found;
    }

    private static bool HasProjectFile(BuildContextView context, string folder)
    {
        try
        {
            return context.FileNames(folder, "*.*proj").Any(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".fsproj", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".vbproj", StringComparison.OrdinalIgnoreCase));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
