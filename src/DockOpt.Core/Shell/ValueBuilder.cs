using System.Text;

namespace DockOpt.Core.Shell;

/// <summary>
/// Builds a word's <see cref="ShellWord.Value"/> and, when asked, remembers where each character came from, which is
/// what lets the string of <c>sh -c '...'</c> be parsed as a script of its own with exact offsets.
/// </summary>
internal sealed class ValueBuilder
{
    private readonly StringBuilder _chars = new();
    private readonly List<int>? _starts;
    private readonly List<int>? _ends;

    public ValueBuilder(bool trackOffsets = false)
    {
        if (trackOffsets)
        {
            _starts = [];
            _ends = [];
        }
    }

    public void Append(char c, int sourceStart, int sourceEnd)
    {
        _chars.Append(c);
        _starts?.Add(sourceStart);
        _ends?.Add(sourceEnd);
    }

    /// <summary>Appends characters decoded from one escape sequence (a surrogate pair from <c>\U0001F600</c>).</summary>
    public void Append(string decoded, int sourceStart, int sourceEnd)
    {
        foreach (char c in decoded)
        {
            Append(c, sourceStart, sourceEnd);
        }
    }

    /// <summary>Appends <paramref name="text"/>[<paramref name="from"/>..<paramref name="to"/>) verbatim.</summary>
    public void AppendSlice(string text, int from, int to)
    {
        _chars.Append(text, from, to - from);
        if (_starts is not null && _ends is not null)
        {
            for (int i = from; i < to; i++)
            {
                _starts.Add(i);
                _ends.Add(i + 1);
            }
        }
    }

    public int Length => _chars.Length;

    public override string ToString() => _chars.ToString();

    /// <summary>Whether the value is exactly <paramref name="text"/> (a plain word), so the same string can serve as both.</summary>
    public bool Equals(ReadOnlySpan<char> text) => _chars.Equals(text);

    public void Clear()
    {
        _chars.Clear();
        _starts?.Clear();
        _ends?.Clear();
    }

    /// <summary>
    /// The map from this value's characters to offsets in the caller's script, composed through
    /// <paramref name="source"/>'s own map. <paramref name="emptyAt"/> is where an empty value maps to.
    /// </summary>
    public OffsetMap ToOffsetMap(ShellSource source, int emptyAt)
    {
        if (_starts is null || _ends is null)
        {
            throw new InvalidOperationException("This builder does not track offsets.");
        }

        int length = _chars.Length;
        var starts = new int[length + 1];
        var ends = new int[length];
        for (int i = 0; i < length; i++)
        {
            starts[i] = source.ToRoot(_starts[i]);
            ends[i] = source.ToRootEnd(_starts[i], _ends[i]);
        }

        starts[length] = length > 0 ? ends[length - 1] : source.ToRoot(emptyAt);
        return new OffsetMap(starts, ends);
    }
}
