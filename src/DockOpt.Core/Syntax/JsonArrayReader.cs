using System.Globalization;
using System.Text;
using DockOpt.Core.Text;

namespace DockOpt.Core.Syntax;

/// <summary>
/// Reads the exec form: a JSON array of strings and nothing else. Anything else — a number, a
/// trailing comma, single quotes — means the instruction is in shell form, as BuildKit decides.
/// </summary>
internal static class JsonArrayReader
{
    public static IReadOnlyList<WordSyntax>? TryRead(MappedText text)
    {
        var s = text.Text;
        var i = Skip(s, 0);
        if (i >= s.Length || s[i] != '[')
        {
            return null;
        }

        var items = new List<WordSyntax>();
        i = Skip(s, i + 1);
        if (i < s.Length && s[i] == ']')
        {
            return Skip(s, i + 1) == s.Length ? items : null;
        }

        while (true)
        {
            if (i >= s.Length || s[i] != '"')
            {
                return null;
            }

            var start = i;
            var value = ReadString(s, ref i);
            if (value is null)
            {
                return null;
            }

            items.Add(new WordSyntax(s[start..i], value, text.ToSource(start, i)));
            i = Skip(s, i);
            if (i >= s.Length)
            {
                return null;
            }

            if (s[i] == ']')
            {
                return Skip(s, i + 1) == s.Length ? items : null;
            }

            if (s[i] != ',')
            {
                return null;
            }

            i = Skip(s, i + 1);
        }
    }

    /// <summary>Reads a JSON string starting at the quote; leaves <paramref name="i"/> after the closing quote.</summary>
    private static string? ReadString(string s, ref int i)
    {
        var builder = new StringBuilder();
        i++;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '"')
            {
                i++;
                return builder.ToString();
            }

            if (c < ' ')
            {
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= s.Length)
            {
                return null;
            }

            var e = s[i + 1];
            switch (e)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (i + 6 > s.Length || !ushort.TryParse(s.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        return null;
                    }

                    builder.Append((char)code);
                    i += 4;
                    break;
                default:
                    return null;
            }

            i += 2;
        }

        return null;
    }

    private static int Skip(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }

        return i;
    }
}
