namespace DockOpt.Core.Shell;

/// <summary>How a simple command is connected to its neighbour in a command list.</summary>
public enum ShellOperator
{
    /// <summary>Nothing: the first command of a list, or the last one.</summary>
    None,

    /// <summary><c>&amp;&amp;</c>: runs only if the previous command succeeded.</summary>
    And,

    /// <summary><c>||</c>: runs only if the previous command failed.</summary>
    Or,

    /// <summary><c>;</c> or a newline.</summary>
    Sequence,

    /// <summary><c>|</c> (or bash's <c>|&amp;</c>).</summary>
    Pipe,

    /// <summary><c>&amp;</c>: the previous command runs in the background.</summary>
    Background,
}
