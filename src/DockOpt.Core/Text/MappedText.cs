namespace DockOpt.Core.Text;

/// <summary>
/// Text assembled from pieces of a source (for example an instruction whose line continuations and
/// interleaved comments were removed), with a map from each of its offsets back to the source.
/// </summary>
public sealed class MappedText
{
    private readonly int[] _pieceStarts;
    private readonly int[] _sourceStarts;
    private readonly int _sourceEnd;

    private MappedText(string text, int[] pieceStarts, int[] sourceStarts, int sourceEnd)
    {
        Text = text;
        _pieceStarts = pieceStarts;
        _sourceStarts = sourceStarts;
        _sourceEnd = sourceEnd;
    }

    public string Text { get; }

    public int Length => Text.Length;

    /// <summary>Text that is one contiguous piece of the source starting at <paramref name="sourceStart"/>.</summary>
    public static MappedText Contiguous(string text, int sourceStart) =>
        new(text, [0], [sourceStart], sourceStart + text.Length);

    /// <summary>The source offset of the character at <paramref name="offset"/>; the end of the last piece for offset == Length.</summary>
    public int ToSource(int offset)
    {
        if (offset >= Text.Length)
        {
            return _sourceEnd + (offset - Text.Length);
        }

        var index = Array.BinarySearch(_pieceStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return _sourceStarts[index] + (offset - _pieceStarts[index]);
    }

    /// <summary>The source span covering [start, end) of this text; an empty range maps to an empty span.</summary>
    public TextSpan ToSource(int start, int end)
    {
        if (end <= start)
        {
            var at = ToSource(start);
            return new TextSpan(at, at);
        }

        return new TextSpan(ToSource(start), ToSource(end - 1) + 1);
    }

    public MappedText Slice(int start, int end)
    {
        var builder = new Builder();
        builder.AppendFrom(this, start, end);
        return builder.Build(end > start ? ToSource(end - 1) + 1 : ToSource(start));
    }

    public sealed class Builder
    {
        private readonly System.Text.StringBuilder _text = new();
        private readonly List<int> _pieceStarts = new();
        private readonly List<int> _sourceStarts = new();
        private int _lastSourceEnd = -1;

        public int Length => _text.Length;

        public void Append(string source, int start, int end)
        {
            if (end <= start)
            {
                return;
            }

            // Adjacent pieces share one entry so that lookups stay short on long joined lines.
            if (start != _lastSourceEnd)
            {
                _pieceStarts.Add(_text.Length);
                _sourceStarts.Add(start);
            }

            _text.Append(source, start, end - start);
            _lastSourceEnd = end;
        }

        /// <summary>Appends text that stands for the source at <paramref name="sourceStart"/> without being a copy of it (a decoded JSON string, a line break); each character maps to the next source offset, clamped to <paramref name="sourceEnd"/>.</summary>
        public void AppendStandIn(string text, int sourceStart, int sourceEnd)
        {
            for (var i = 0; i < text.Length; i++)
            {
                var source = Math.Min(sourceStart + i, Math.Max(sourceStart, sourceEnd - 1));
                _pieceStarts.Add(_text.Length);
                _sourceStarts.Add(source);
                _text.Append(text[i]);
                _lastSourceEnd = -1;
            }
        }

        public void AppendFrom(MappedText other, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                var source = other.ToSource(i);
                if (source != _lastSourceEnd)
                {
                    _pieceStarts.Add(_text.Length);
                    _sourceStarts.Add(source);
                }

                _text.Append(other.Text[i]);
                _lastSourceEnd = source + 1;
            }
        }

        public MappedText Build(int sourceEnd)
        {
            if (_pieceStarts.Count == 0)
            {
                _pieceStarts.Add(0);
                _sourceStarts.Add(sourceEnd);
            }

            return new MappedText(_text.ToString(), _pieceStarts.ToArray(), _sourceStarts.ToArray(), sourceEnd);
        }
    }
}
