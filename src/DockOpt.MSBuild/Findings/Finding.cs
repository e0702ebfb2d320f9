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

/// <summary>What was found in one Dockerfile, and what it was found for: its content hash and build context.</summary>
internal sealed class FileFindings
{
    public FileFindings(string path, string buildContext, string contentHash, IReadOnlyList<Finding> findings)
    {
        Path = path;
        BuildContext = buildContext;
        ContentHash = contentHash;
        Findings = findings;
    }

    public string Path { get; }

    public string BuildContext { get; }

    public string ContentHash { get; }

    public IReadOnlyList<Finding> Findings { get; }
}
