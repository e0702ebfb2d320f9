namespace DockOpt.Core.Analysis;

/// <summary>
/// The <c>.dockerignore</c> that applies to a build: <c>&lt;Dockerfile name&gt;.dockerignore</c> beside the
/// Dockerfile when it exists, else <c>.dockerignore</c> at the root of the context. Patterns are read the way
/// BuildKit reads them: anchored at the context root, <c>**</c> for any number of folders, <c>!</c> to re-include.
/// </summary>
public sealed class Dockerignore
{
    private readonly List<string[]> _excludes;

    private Dockerignore(string path, List<string[]> excludes)
    {
        Path = path;
        _excludes = excludes;
    }

    /// <summary>The ignore file's path relative to the context.</summary>
    public string Path { get; }

    /// <summary>Finds the ignore file for a Dockerfile at <paramref name="dockerfilePath"/> (may be null or outside the context); null when there is none.</summary>
    public static Dockerignore? Find(BuildContextView context, string? dockerfilePath)
    {
        if (dockerfilePath is not null)
        {
            try
            {
                var full = System.IO.Path.GetFullPath(dockerfilePath + ".dockerignore");
                var relative = System.IO.Path.GetRelativePath(System.IO.Path.GetFullPath(context.Directory), full);
                if (File.Exists(full))
                {
                    return Parse(relative, File.ReadAllText(full));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                // Fall back to the context's own file.
            }
        }

        return context.ReadText(".dockerignore") is { } text ? Parse(".dockerignore", text) : null;
    }

    public static Dockerignore Parse(string path, string text)
    {
        var excludes = new List<string[]>();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith('!'))
            {
                continue;
            }

            var segments = line.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToArray();
            if (segments.Length > 0)
            {
                excludes.Add(segments);
            }
        }

        return new Dockerignore(path, excludes);
    }

    /// <summary>
    /// True when some pattern excludes the folder (relative to the context, <c>/</c>-separated) or a folder that holds
    /// it. Re-inclusions (<c>!pattern</c>) are not subtracted: a folder any pattern names counts as handled.
    /// </summary>
    public bool MayExclude(string folder)
    {
        var parts = folder.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var length = 1; length <= parts.Length; length++)
        {
            var prefix = parts.Take(length).ToArray();
            if (_excludes.Any(p => Matches(p, 0, prefix, 0)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string[] pattern, int p, string[] path, int i)
    {
        if (p == pattern.Length)
        {
            return i == path.Length;
        }

        if (pattern[p] == "**")
        {
            for (var k = i; k <= path.Length; k++)
            {
                if (Matches(pattern, p + 1, path, k))
                {
                    return true;
                }
            }

            return false;
        }

        return i < path.Length && ContextCopies.GlobMatches(pattern[p], path[i]) && Matches(pattern, p + 1, path, i + 1);
    }
}
