using DockOpt.Core.Syntax;
namespace DockOpt.Core.Analysis;

/// <summary>A <c>$NAME</c> or <c>${NAME...}</c> in a word, with its offsets in the word's raw text.</summary>
/// <param name="Modifier">The operator after the name inside braces (<c>:-</c>, <c>-</c>, <c>:+</c>, <c>+</c>, <c>:?</c>, <c>?</c>, <c>#</c>, <c>%</c>, <c>/</c>...), or empty.</param>
public sealed record VariableReference(string Name, int Start, int End, string Modifier)
{
    /// <summary>True for <c>${A:-x}</c>, <c>${A-x}</c>, <c>${A:+x}</c>, <c>${A+x}</c>, <c>${A:?x}</c>, <c>${A?x}</c>: the author planned for the variable being unset.</summary>
    public bool HandlesUnset => Modifier.TrimStart(':') is var op && op.Length > 0 && op[0] is '-' or '+' or '?' or '=';
}

/// <summary>Finds variable references in Dockerfile words the way BuildKit's lexer sees them: not inside single quotes, not after the escape character.</summary>
public static class VariableReferences
{
    public static IReadOnlyList<VariableReference> Find(string raw, char escape = '\\')
    {
        var found = new List<VariableReference>();
        var inSingle = false;
        var inDouble = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c == escape && !inSingle)
            {
                i++;
                continue;
            }

            if (c == '\'' && !inDouble)
            {
                inSingle = !inSingle;
                continue;
            }

            if (c == '"' && !inSingle)
            {
                inDouble = !inDouble;
                continue;
            }

            if (c != '$' || inSingle || i + 1 >= raw.Length)
            {
                continue;
            }

            if (raw[i + 1] == '{')
            {
                var nameStart = i + 2;
                var nameEnd = nameStart;
                while (nameEnd < raw.Length && IsNameChar(raw[nameEnd], nameEnd == nameStart))
                {
                    nameEnd++;
                }

                var close = FindClose(raw, nameEnd);
                if (nameEnd == nameStart || close < 0)
                {
                    continue;
                }

                found.Add(new VariableReference(raw[nameStart..nameEnd], i, close + 1, raw[nameEnd..close]));
                i = close;
            }
            else if (IsNameChar(raw[i + 1], first: true))
            {
                var nameEnd = i + 1;
                while (nameEnd < raw.Length && IsNameChar(raw[nameEnd], nameEnd == i + 1))
                {
                    nameEnd++;
                }

                found.Add(new VariableReference(raw[(i + 1)..nameEnd], i, nameEnd, string.Empty));
                i = nameEnd - 1;
            }
        }

        return found;
    }

    /// <summary>True when <paramref name="text"/> contains <c>$name</c> or <c>${name...}</c> anywhere (quotes ignored: for shell text that a shell expands).</summary>
    public static bool Mentions(string text, string name)
    {
        for (var at = text.IndexOf('$'); at >= 0 && at + 1 < text.Length; at = text.IndexOf('$', at + 1))
        {
            var start = text[at + 1] == '{' ? at + 2 : at + 1;
            if (string.CompareOrdinal(text, start, name, 0, name.Length) == 0
                && (start + name.Length >= text.Length || !IsNameChar(text[start + name.Length], first: false)))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsNameChar(char c, bool first) => WordLexer.IsNameChar(c, first);

    private static int FindClose(string raw, int from) => WordLexer.FindClosingBrace(raw, from);
}
