namespace DockOpt.MSBuild.Findings;

/// <summary>
/// One finding as the build logs it: which rule, how serious (error, warning or info), where in which
/// file (1-based lines and columns, end column exclusive, as DESIGN.md §5), what it says and its help link.
/// A plain class, not a record: the task also builds for .NET Framework.
/// </summary>
internal sealed class Finding
{
    public Finding(string file, string severity, string id, int line, int column, int endLine, int endColumn, string? helpUri, string message)
    {
        File = file;
        Severity = severity;
        Id = id;
        Line = line;
        Column = column;
        EndLine = endLine;
        EndColumn = endColumn;
        HelpUri = string.IsNullOrEmpty(helpUri) ? null : helpUri;
        Message = message;
    }

    public string File { get; }

    /// <summary><c>error</c>, <c>warning</c> or <c>info</c>, as dockopt names severities.</summary>
    public string Severity { get; }

    public string Id { get; }

    public int Line { get; }

    public int Column { get; }

    public int EndLine { get; }

    public int EndColumn { get; }

    public string? HelpUri { get; }

    public string Message { get; }
}

/// <summary>
/// What was found in one Dockerfile, and what it was found for: its content hash, its build context, and
/// the state of every path of the context the analysis looked at (package.json, an entrypoint script, a
/// venv folder...), so that a change there calls for a new analysis as a change of the Dockerfile does.
/// </summary>
internal sealed class FileFindings
{
    public FileFindings(string path, string buildContext, string contentHash, IReadOnlyList<Finding> findings, IReadOnlyList<ContextRead>? reads = null)
    {
        Path = path;
        BuildContext = buildContext;
        ContentHash = contentHash;
        Findings = findings;
        Reads = reads ?? [];
    }

    public IReadOnlyList<ContextRead> Reads { get; }

    /// <summary>True when every path the analysis looked at is as it was then.</summary>
    public bool ContextUnchanged => Reads.All(r => r.State == ContextRead.StateOf(r.Path));

    public string Path { get; }

    public string BuildContext { get; }

    public string ContentHash { get; }

    public IReadOnlyList<Finding> Findings { get; }
}

/// <summary>A path of the build context an analysis looked at, and what was there: a file's SHA-256, a folder, or nothing.</summary>
internal sealed class ContextRead
{
    public ContextRead(string path, string state)
    {
        Path = path;
        State = state;
    }

    public string Path { get; }

    public string State { get; }

    public static ContextRead Of(string path) => new(path, StateOf(path));

    public static string StateOf(string path)
    {
        try
        {
            // A folder listing (BuildContextView.FolderNames / FileNames): the sorted names are its state.
            if (path.StartsWith("dirs:", StringComparison.Ordinal))
            {
                var folder = path.Substring("dirs:".Length);
                return Directory.Exists(folder)
                    ? "dirs:" + Names(Directory.EnumerateDirectories(folder))
                    : "missing";
            }

            if (path.StartsWith("files:", StringComparison.Ordinal))
            {
                var rest = path.Substring("files:".Length);
                var colon = rest.IndexOf(':');
                var folder = rest.Substring(colon + 1);
                return colon > 0 && Directory.Exists(folder)
                    ? "files:" + Names(Directory.EnumerateFiles(folder, rest.Substring(0, colon)))
                    : "missing";
            }

            if (File.Exists(path))
            {
                return "file:" + AnalyzeDockerfiles.Sha256(File.ReadAllBytes(path));
            }

            return Directory.Exists(path) ? "folder" : "missing";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Unreadable now: a state no analysis recorded, so the file is analysed again.
            return "unreadable";
        }
    }

    private static string Names(IEnumerable<string> paths) =>
        AnalyzeDockerfiles.Sha256(System.Text.Encoding.UTF8.GetBytes(string.Join("\n", paths.Select(System.IO.Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal))));
}
