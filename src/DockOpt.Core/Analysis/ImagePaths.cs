using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Analysis;

/// <summary>
/// Paths inside the image as the instructions of a stage see them: resolved against WORKDIR, with ARG
/// and ENV values and <c>~</c> substituted, normalised so that rules can compare them.
/// </summary>
public static class ImagePaths
{
    /// <summary>The home folder of the user a RUN runs as: HOME when set, /root for root, else /home/USER.</summary>
    public static string Home(InstructionContext context)
    {
        var home = context.Lookup("HOME");
        if (!string.IsNullOrEmpty(home))
        {
            return Normalize(home);
        }

        return IsRoot(context.User) ? "/root" : "/home/" + context.User!.Split(':')[0];
    }

    /// <summary>True for no USER, <c>root</c>, <c>0</c>, and those with a group (<c>root:root</c>).</summary>
    public static bool IsRoot(string? user)
    {
        if (string.IsNullOrEmpty(user))
        {
            return true;
        }

        var name = user.Split(':')[0];
        return name is "root" or "0";
    }

    /// <summary>An absolute path with <c>.</c>, <c>..</c>, doubled and trailing slashes resolved; relative paths are taken from <paramref name="workdir"/> (or /).</summary>
    public static string Combine(string? workdir, string path)
    {
        if (!path.StartsWith('/'))
        {
            path = (workdir ?? "/").TrimEnd('/') + "/" + path;
        }

        return Normalize(path);
    }

    /// <summary>Normalises an absolute path: <c>/app/./src/../x/</c> becomes <c>/app/x</c>.</summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join('/', parts);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it.</summary>
    public static bool IsSameOrUnder(string path, string folder) =>
        path == folder || folder == "/" || path.StartsWith(folder + "/", StringComparison.Ordinal);

    /// <summary>True when <paramref name="path"/> lies strictly inside <paramref name="folder"/>.</summary>
    public static bool IsUnder(string path, string folder) => path != folder && IsSameOrUnder(path, folder);

    /// <summary>The last path component, without a trailing slash.</summary>
    public static string FileName(string path)
    {
        var trimmed = path.TrimEnd('/');
        var slash = trimmed.LastIndexOf('/');
        return slash >= 0 ? trimmed[(slash + 1)..] : trimmed;
    }

    /// <summary>
    /// The value a shell word has when the RUN executes, as far as the Dockerfile tells: variables set by ARG or
    /// ENV are substituted and a leading <c>~</c> becomes the home folder. Null when the value depends on something
    /// unknown (a variable without a known value, a command substitution).
    /// </summary>
    public static string? Value(ShellWord word, InstructionContext context)
    {
        string value;
        if (word.IsLiteral)
        {
            value = word.Value;
        }
        else
        {
            if (word.Raw.Contains("$(", StringComparison.Ordinal) || word.Raw.Contains('`'))
            {
                return null;
            }

            // HOME is set by the shell even when no ENV names it.
            var expanded = WordLexer.Expand(word.Raw, name => name == "HOME" && !context.IsDefined("HOME") ? Home(context) : context.Lookup(name));
            if (!expanded.IsFullyResolved)
            {
                return null;
            }

            value = expanded.Value;
        }

        if (value == "~" || value.StartsWith("~/", StringComparison.Ordinal))
        {
            value = Home(context) + value[1..];
        }

        return value;
    }

    /// <summary>
    /// The absolute path a shell word names when <paramref name="command"/> runs: relative paths are taken from the
    /// working directory (see <see cref="WorkingDirectory"/>); null when it is unknown.
    /// </summary>
    public static string? PathOf(ShellWord word, RunScript script, ShellCommand command)
    {
        var value = Value(word, script.Context);
        if (value is null || value.Length == 0)
        {
            return null;
        }

        if (value.StartsWith('/'))
        {
            return Normalize(value);
        }

        return WorkingDirectory(script, command) is { } cwd ? Combine(cwd, value) : null;
    }

    /// <summary>
    /// The working directory of <paramref name="command"/>: WORKDIR, changed by each <c>cd</c> that runs before it in the
    /// script. Null when a <c>cd</c> goes somewhere unknown (a variable without a value, <c>cd -</c>, <c>popd</c>).
    /// </summary>
    public static string? WorkingDirectory(RunScript script, ShellCommand command)
    {
        var cwd = Normalize(script.Context.Workdir ?? "/");
        foreach (var other in script.Commands.Where(c => c.Start < command.Start && c.Program is "cd" or "pushd" or "popd"))
        {
            if (other.Program == "popd")
            {
                return null;
            }

            var target = CommandLineView.Parse(other.Arguments).Positionals.FirstOrDefault();
            var value = target is null ? Home(script.Context) : Value(target, script.Context);
            if (value is null || value.Length == 0 || value == "-")
            {
                return null;
            }

            cwd = Combine(cwd, value);
        }

        return cwd;
    }

    /// <summary>True when a <c>cd</c> (or <c>pushd</c>) runs in the script before <paramref name="command"/>, so the working directory is no longer WORKDIR.</summary>
    public static bool ChangesDirectoryBefore(RunScript script, ShellCommand command) =>
        script.Commands.Any(c => c.Start < command.Start && c.Program is "cd" or "pushd");

    /// <summary>
    /// The paths an <c>rm -r</c> (or <c>rm</c> of files) deletes, absolute; a trailing glob such as <c>/tmp/*</c>
    /// is returned as its folder with <see cref="RemovedPath.ChildrenOnly"/> set. Unknown arguments are skipped.
    /// </summary>
    public static IReadOnlyList<RemovedPath> Removals(ShellCommand command, RunScript script)
    {
        if (command.Program != "rm")
        {
            return [];
        }

        var view = CommandLineView.Parse(command.Arguments);
        var recursive = view.Has("-r", "-R", "--recursive");
        var result = new List<RemovedPath>();
        foreach (var word in view.Positionals)
        {
            var raw = word.Value;
            var childrenOnly = false;
            if (word.HasGlob)
            {
                // Only a glob in the last component, such as /tmp/* or /var/cache/apk/*, is understood.
                var slash = raw.TrimEnd('/').LastIndexOf('/');
                var last = slash >= 0 ? raw[(slash + 1)..] : raw;
                var folder = slash > 0 ? raw[..slash] : slash == 0 ? "/" : ".";
                if (last is not ("*" or ".*" or "*.*") || folder.IndexOfAny(['*', '?', '[']) >= 0)
                {
                    continue;
                }

                raw = folder;
                childrenOnly = true;
            }

            var path = raw == word.Value ? PathOf(word, script, command) : ResolveText(raw, word, script, command);
            if (path is null || path == "/")
            {
                continue;
            }

            result.Add(new RemovedPath(word, path, childrenOnly, recursive));
        }

        return result;
    }

    /// <summary>True when a command of <paramref name="script"/> after <paramref name="after"/> deletes <paramref name="folder"/>, a folder holding it, or its contents.</summary>
    public static bool RemovedLater(RunScript script, ShellCommand after, string folder) =>
        script.Commands.Where(c => c.Start > after.Start).SelectMany(c => Removals(c, script)).Any(r => r.Deletes(folder));

    private static string? ResolveText(string text, ShellWord word, RunScript script, ShellCommand command)
    {
        if (!word.IsLiteral)
        {
            return null;
        }

        if (text == "~" || text.StartsWith("~/", StringComparison.Ordinal))
        {
            text = Home(script.Context) + text[1..];
        }

        if (text.StartsWith('/'))
        {
            return Normalize(text);
        }

        return WorkingDirectory(script, command) is { } cwd ? Combine(cwd, text) : null;
    }
}

/// <summary>A path an <c>rm</c> deletes: the folder itself, or only what is inside it (<c>folder/*</c>).</summary>
public sealed record RemovedPath(ShellWord Word, string Path, bool ChildrenOnly, bool Recursive)
{
    /// <summary>True when this removal deletes <paramref name="target"/> (or everything in it, for a folder target).</summary>
    public bool Deletes(string target) => ImagePaths.IsSameOrUnder(target, Path);
}
