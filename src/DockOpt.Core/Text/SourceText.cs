using System.Text;

namespace DockOpt.Core.Text;

/// <summary>How the lines of a file end; kept so that rewrites write lines the way the file already does.</summary>
public enum LineEnding
{
    Lf,
    CrLf,
}

/// <summary>
/// The text of one Dockerfile and what is needed to give it back byte for byte: whether it began
/// with a UTF-8 byte order mark, and whether decoding it as UTF-8 was lossless.
/// </summary>
public sealed class SourceText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private int[]? _lineStarts;

    private SourceText(string text, bool hasBom, bool isValidUtf8, string? path)
    {
        Text = text;
        HasBom = hasBom;
        IsValidUtf8 = isValidUtf8;
        Path = path;
    }

    /// <summary>The characters after the byte order mark, if any.</summary>
    public string Text { get; }

    /// <summary>True when the bytes began with EF BB BF. The mark is not part of <see cref="Text"/>.</summary>
    public bool HasBom { get; }

    /// <summary>False when the bytes were not valid UTF-8; such a file can be analysed but never rewritten.</summary>
    public bool IsValidUtf8 { get; }

    /// <summary>The path the text was read from, as the user gave it, if any.</summary>
    public string? Path { get; }

    public int Length => Text.Length;

    public static SourceText From(string text, string? path = null)
    {
        var hasBom = text.Length > 0 && text[0] == '\uFEFF';
        var body = hasBom ? text[1..] : text;
        return new SourceText(body, hasBom, isValidUtf8: !HasLoneSurrogate(body), path);
    }

    public static SourceText From(byte[] bytes, string? path = null)
    {
        var hasBom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        var offset = hasBom ? 3 : 0;
        string text;
        var valid = true;
        try
        {
            text = StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            valid = false;
            text = LenientUtf8.GetString(bytes, offset, bytes.Length - offset);
        }

        return new SourceText(text, hasBom, valid, path);
    }

    /// <summary>A lone surrogate has no UTF-8 encoding: such text can be analysed but not written back.</summary>
    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The bytes this text stands for: the original bytes whenever <see cref="IsValidUtf8"/> holds.</summary>
    public byte[] ToBytes() => Encode(Text, HasBom);

    public static byte[] Encode(string text, bool withBom)
    {
        var body = StrictUtf8.GetBytes(text);
        if (!withBom)
        {
            return body;
        }

        var bytes = new byte[body.Length + 3];
        bytes[0] = 0xEF;
        bytes[1] = 0xBB;
        bytes[2] = 0xBF;
        body.CopyTo(bytes, 3);
        return bytes;
    }

    private LineEnding? _dominantLineEnding;

    /// <summary>The line ending most lines use; LF for a file with no line break.</summary>
    public LineEnding DominantLineEnding => _dominantLineEnding ??= CountLineEndings();

    private LineEnding CountLineEndings()
    {
        {
            int crlf = 0, lf = 0;
            for (var i = 0; i < Text.Length; i++)
            {
                if (Text[i] != '\n')
                {
                    continue;
                }

                if (i > 0 && Text[i - 1] == '\r')
                {
                    crlf++;
                }
                else
                {
                    lf++;
                }
            }

            return crlf > lf ? LineEnding.CrLf : LineEnding.Lf;
        }
    }

    /// <summary>Offsets at which each line starts. A line ends after "\n"; a lone "\r" does not end a line.</summary>
    public IReadOnlyList<int> LineStarts => _lineStarts ??= ComputeLineStarts(Text);

    public int LineCount => LineStarts.Count;

    public string this[TextSpan span] => Text.Substring(span.Start, span.Length);

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var starts = (int[])LineStarts;
        var index = Array.BinarySearch(starts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - starts[index] + 1);
    }

    public Location GetLocation(TextSpan span)
    {
        var start = GetPosition(span.Start);
        var end = GetPosition(span.End);
        return new Location(start.Line, start.Column, end.Line, end.Column);
    }

    /// <summary>The offset of a 1-based line's first character.</summary>
    public int GetLineStart(int line) => LineStarts[Math.Clamp(line - 1, 0, LineStarts.Count - 1)];

    /// <summary>A line's text without its line break.</summary>
    public string GetLineText(int line)
    {
        var start = GetLineStart(line);
        var end = start;
        while (end < Text.Length && Text[end] != '\n')
        {
            end++;
        }

        if (end > start && Text[end - 1] == '\r')
        {
            end--;
        }

        return Text[start..end];
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        var index = text.IndexOf('\n');
        while (index >= 0)
        {
            starts.Add(index + 1);
            index = text.IndexOf('\n', index + 1);
        }

        return starts.ToArray();
    }
}
