namespace DockOpt.Core.Shell;

public enum ShellRedirectionKind
{
    /// <summary><c>&lt;</c></summary>
    Input,

    /// <summary><c>&gt;</c></summary>
    Output,

    /// <summary><c>&gt;&gt;</c></summary>
    Append,

    /// <summary><c>&gt;|</c></summary>
    Clobber,

    /// <summary><c>&lt;&gt;</c></summary>
    ReadWrite,

    /// <summary><c>&lt;&amp;</c></summary>
    DuplicateInput,

    /// <summary><c>&gt;&amp;</c>, as in <c>2&gt;&amp;1</c>.</summary>
    DuplicateOutput,

    /// <summary><c>&lt;&lt;</c> or <c>&lt;&lt;-</c>.</summary>
    HereDocument,

    /// <summary><c>&lt;&lt;&lt;</c></summary>
    HereString,

    /// <summary><c>&amp;&gt;</c>: standard output and error to a file.</summary>
    OutputAndError,

    /// <summary><c>&amp;&gt;&gt;</c></summary>
    AppendOutputAndError,
}

/// <summary>A redirection such as <c>2&gt;&amp;1</c>, <c>&gt; /dev/null</c> or <c>&lt;&lt;EOF</c>.</summary>
public sealed class ShellRedirection
{
    internal ShellRedirection(string op, ShellRedirectionKind kind, int? fileDescriptor, ShellWord? target, int start, int end)
    {
        Operator = op;
        Kind = kind;
        FileDescriptor = fileDescriptor;
        Target = target;
        Start = start;
        End = end;
    }

    /// <summary>The operator as written, without the file descriptor: <c>&gt;&amp;</c> for <c>2&gt;&amp;1</c>.</summary>
    public string Operator { get; }

    public ShellRedirectionKind Kind { get; }

    /// <summary>The explicit file descriptor before the operator (2 in <c>2&gt;&amp;1</c>), or null.</summary>
    public int? FileDescriptor { get; }

    /// <summary>The file, the descriptor (<c>1</c> in <c>2&gt;&amp;1</c>) or the here-document delimiter; null if missing (an error is reported).</summary>
    public ShellWord? Target { get; }

    /// <summary>For <c>&lt;&lt;</c>, the body that followed the command line, or null if the text ended before it.</summary>
    public ShellHereDocument? HereDocument { get; internal set; }

    /// <summary>From the file descriptor (or operator) to the end of the target; the here-document body is not included.</summary>
    public int Start { get; }

    public int End { get; }

    public override string ToString() => FileDescriptor + Operator + Target?.Raw;
}

/// <summary>
/// A here-document body. <paramref name="Body"/> is what the command reads (leading tabs removed for <c>&lt;&lt;-</c>),
/// [<paramref name="BodyStart"/>, <paramref name="BodyEnd"/>) its lines in the text, without the delimiter line.
/// <paramref name="ExpandsBody"/> is false when the delimiter was quoted, so <c>$X</c> in the body stays literal.
/// </summary>
public sealed record ShellHereDocument(string Delimiter, string Body, int BodyStart, int BodyEnd, bool ExpandsBody, bool StripsTabs);
