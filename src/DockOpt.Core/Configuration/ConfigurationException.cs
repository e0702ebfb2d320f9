namespace DockOpt.Core.Configuration;

/// <summary>
/// A configuration file that cannot be used: unreadable, malformed, or holding a value dockopt does
/// not understand where it must (an unknown severity). Hosts stop on it (the CLI with exit code 2)
/// and show <see cref="Exception.Message"/>: <c>path(line): detail</c>.
/// </summary>
public sealed class ConfigurationException : Exception
{
    public ConfigurationException(string file, int line, string detail, Exception? inner = null)
        : base(Format(file, line, detail), inner)
    {
        File = file;
        Line = line;
        Detail = detail;
    }

    /// <summary>The configuration file, as its path was found or given.</summary>
    public string File { get; }

    /// <summary>1-based; 0 when the problem is the whole file (it cannot be read).</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Detail { get; }

    /// <summary>The message with <see cref="File"/> shown as <paramref name="displayPath"/>.</summary>
    public string FormatWith(string displayPath) => Format(displayPath, Line, Detail);

    private static string Format(string file, int line, string detail) =>
        line > 0 ? $"{file}({line}): {detail}" : $"{file}: {detail}";
}

/// <summary>Something in a configuration file worth telling, that does not stop the run (an unknown rule id).</summary>
public sealed record ConfigurationNotice(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}({Line}): {Message}" : $"{File}: {Message}";
}
