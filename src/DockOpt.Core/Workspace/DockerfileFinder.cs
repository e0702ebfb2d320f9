namespace DockOpt.Core.Workspace;

/// <summary>Finds Dockerfiles the way DESIGN.md §4 names them: Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile.</summary>
public static class DockerfileFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        ".git", "node_modules", "bin", "obj", ".venv", "venv", "__pycache__", ".tox", ".idea", ".vs",
    };

    public static bool IsDockerfileName(string fileName) =>
        fileName.Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)
        || fileName.Equals("Containerfile", StringComparison.OrdinalIgnoreCase)
        || fileName.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
        || (fileName.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase) && !fileName.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Dockerfiles below <paramref name="folder"/>, sorted, skipping dependency and build-output folders.</summary>
    public static IReadOnlyList<string> Find(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            IEnumerable<string> files, folders;
            try
            {
                files = Directory.EnumerateFiles(current).ToArray();
                folders = Directory.EnumerateDirectories(current).ToArray();
            }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                continue;
            }

            found.AddRange(files.Where(f => IsDockerfileName(Path.GetFileName(f))));
            foreach (var sub in folders.Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }
}
