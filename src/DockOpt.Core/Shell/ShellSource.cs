namespace DockOpt.Core.Shell;

/// <summary>
/// A text the parser reads, and how its offsets map to offsets in the script the caller passed in.
/// The script itself maps to itself. Texts derived from it (the unquoted string of <c>sh -c "..."</c>, a backquoted
/// substitution with its escapes removed) carry an <see cref="OffsetMap"/>, so every position the parser reports
/// is a position in the caller's text.
/// </summary>
internal sealed class ShellSource(string text, OffsetMap? map = null)
{
    private Dictionary<int, (int ContentStart, int End)>? _closedSubstitutions;

    public string Text { get; } = text;

    /// <summary>
    /// Remembers that the substitution starting at <paramref name="start"/> ends at <paramref name="end"/>. Where a
    /// substitution ends depends only on where it starts, so when its enclosing substitution's body is parsed, the
    /// scanner steps over it instead of reading it again: without this, text nested N deep would be read N times.
    /// </summary>
    public void RememberClosedSubstitution(int start, int contentStart, int end) =>
        (_closedSubstitutions ??= [])[start] = (contentStart, end);

    public bool TryGetClosedSubstitution(int start, out (int ContentStart, int End) substitution)
    {
        substitution = default;
        return _closedSubstitutions?.TryGetValue(start, out substitution) == true;
    }

    public int ToRoot(int offset) => map?.MapStart(offset) ?? offset;

    /// <summary>Maps the exclusive end of the span [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public int ToRootEnd(int start, int end) => map?.MapEnd(start, end) ?? end;
}

/// <summary>
/// For each character of a derived text, the span of script text it came from: an escaped <c>\"</c> is one
/// character that covers two characters of the script.
/// </summary>
internal sealed class OffsetMap
{
    private readonly int[] _starts; // one entry per character, plus one for the end of the text
    private readonly int[] _ends;   // exclusive end of each character's source span

    public OffsetMap(int[] starts, int[] ends)
    {
        _starts = starts;
        _ends = ends;
    }

    public int MapStart(int offset) => _starts[Math.Clamp(offset, 0, _starts.Length - 1)];

    public int MapEnd(int start, int end)
    {
        if (end <= start || _ends.Length == 0)
        {
            return MapStart(start);
        }

        return Math.Max(_ends[Math.Clamp(end - 1, 0, _ends.Length - 1)], MapStart(start));
    }
}
