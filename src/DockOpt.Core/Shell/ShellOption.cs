namespace DockOpt.Core.Shell;

/// <summary>
/// One option of a command line. A cluster such as <c>-yq</c> gives one option per letter (<c>-y</c>, <c>-q</c>),
/// all with the same <see cref="Word"/>.
/// </summary>
/// <param name="Name">As written, without any value: <c>-y</c>, <c>--no-cache-dir</c>, <c>--index-url</c> for <c>--index-url=x</c>.</param>
/// <param name="Value">From <c>--name=value</c>, an attached <c>-rfile</c>, or the next word for options that take one.</param>
/// <param name="Word">The word the option is written in.</param>
/// <param name="ValueWord">The separate word holding the value, when it was the next word.</param>
public sealed record ShellOption(string Name, string? Value, ShellWord Word, ShellWord? ValueWord)
{
    public bool IsLong => Name.StartsWith("--", StringComparison.Ordinal);

    public int Start => Word.Start;

    /// <summary>The end of the value word if there is one, so [Start, End) covers the whole option.</summary>
    public int End => (ValueWord ?? Word).End;
}
