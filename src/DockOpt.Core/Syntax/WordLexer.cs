using System.Text;
using System.Text.RegularExpressions;

namespace DockOpt.Core.Syntax;

/// <summary>The outcome of expanding a word: its value and the variables it named that had no value.</summary>
public sealed record ExpandedWord(string Value, IReadOnlyList<string> UnresolvedVariables)
{
    public bool IsFullyResolved => UnresolvedVariables.Count == 0;
}

/// <summary>
/// Reads a Dockerfile word the way BuildKit's shell lexer does: quotes removed, the escape character
/// applied, and <c>$A</c>, <c>${A}</c>, <c>${A:-x}</c>, <c>${A:+x}</c> and friends replaced by their
/// values. Without a lookup, variable references are kept as written.
/// </summary>
public static class WordLexer
{
    /// <summary>Quotes and escapes removed; variable references kept as written.</summary>
    public static string Unquote(string raw, char escape = '\\') => Process(raw, escape, lookup: null, depth: 0).Value;

    /// <summary>Quotes and escapes removed and variables replaced. A variable the lookup does not know expands to empty and is listed as unresolved.</summary>
    public static ExpandedWord Expand(string raw, Func<string, string?> lookup, char escape = '\\') =>
        Process(raw, escape, lookup, depth: 0);

    /// <summary>Nested defaults such as <c>${A:-${B:-${C}}}</c> deeper than this are left unexpanded, so hostile input cannot exhaust the stack.</summary>
    private const int MaxNesting = 32;

    private static ExpandedWord Process(string raw, char escape, Func<string, string?>? lookup, int depth)
    {
        var unresolved = new List<string>();
        var output = new StringBuilder(raw.Length);
        var i = 0;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == escape && i + 1 < raw.Length)
            {
                output.Append(raw[i + 1]);
                i += 2;
            }
            else if (c == '\'')
            {
                var end = raw.IndexOf('\'', i + 1);
                if (end < 0)
                {
                    end = raw.Length;
                }

                output.Append(raw, i + 1, end - i - 1);
                i = Math.Min(end + 1, raw.Length);
            }
            else if (c == '"')
            {
                i++;
                while (i < raw.Length && raw[i] != '"')
                {
                    var d = raw[i];
                    if (d == escape && i + 1 < raw.Length)
                    {
                        var next = raw[i + 1];
                        if (next == '"' || next == '$' || next == escape)
                        {
                            output.Append(next);
                        }
                        else
                        {
                            output.Append(d).Append(next);
                        }

                        i += 2;
                    }
                    else if (d == '$')
                    {
                        i = ProcessDollar(raw, i, escape, lookup, output, unresolved, depth);
                    }
                    else
                    {
                        output.Append(d);
                        i++;
                    }
                }

                i = Math.Min(i + 1, raw.Length);
            }
            else if (c == '$')
            {
                i = ProcessDollar(raw, i, escape, lookup, output, unresolved, depth);
            }
            else
            {
                output.Append(c);
                i++;
            }
        }

        return new ExpandedWord(output.ToString(), unresolved);
    }

    /// <summary>Handles a <c>$</c> at <paramref name="i"/>; returns the offset after the reference.</summary>
    private static int ProcessDollar(string raw, int i, char escape, Func<string, string?>? lookup, StringBuilder output, List<string> unresolved, int depth)
    {
        var start = i;
        i++;
        if (i < raw.Length && raw[i] == '{')
        {
            var close = FindClosingBrace(raw, i + 1);
            if (close < 0)
            {
                // BuildKit rejects this; keep the text so that nothing is lost.
                output.Append(raw, start, raw.Length - start);
                return raw.Length;
            }

            var inner = raw.Substring(i + 1, close - i - 1);
            if (lookup is null)
            {
                output.Append(raw, start, close + 1 - start);
            }
            else if (depth >= MaxNesting)
            {
                unresolved.Add(inner);
            }
            else
            {
                output.Append(ExpandBraced(inner, escape, lookup, unresolved, depth + 1));
            }

            return close + 1;
        }

        var nameEnd = i;
        while (nameEnd < raw.Length && IsNameChar(raw[nameEnd], nameEnd == i))
        {
            nameEnd++;
        }

        if (nameEnd == i)
        {
            output.Append('$');
            return i;
        }

        var name = raw[i..nameEnd];
        if (lookup is null)
        {
            output.Append('$').Append(name);
        }
        else
        {
            var value = lookup(name);
            if (value is null)
            {
                unresolved.Add(name);
            }

            output.Append(value);
        }

        return nameEnd;
    }

    private static string ExpandBraced(string inner, char escape, Func<string, string?> lookup, List<string> unresolved, int depth)
    {
        var nameEnd = 0;
        while (nameEnd < inner.Length && IsNameChar(inner[nameEnd], nameEnd == 0))
        {
            nameEnd++;
        }

        var name = inner[..nameEnd];
        var value = lookup(name);
        var rest = inner[nameEnd..];
        if (rest.Length == 0)
        {
            if (value is null)
            {
                unresolved.Add(name);
            }

            return value ?? string.Empty;
        }

        var colon = rest.StartsWith(':');
        var op = colon ? rest[1..] : rest;
        if (op.Length == 0)
        {
            return value ?? string.Empty;
        }

        var word = op[1..];
        var isSet = colon ? !string.IsNullOrEmpty(value) : value is not null;
        switch (op[0])
        {
            case '-':
                return isSet ? value! : Process(word, escape, lookup, depth).Value;
            case '+':
                return isSet ? Process(word, escape, lookup, depth).Value : string.Empty;
            case '?':
                if (!isSet)
                {
                    unresolved.Add(name);
                }

                return value ?? string.Empty;
            case '#':
            case '%':
            case '/':
                if (value is null)
                {
                    unresolved.Add(name);
                    return string.Empty;
                }

                return colon ? value : ApplyPattern(value, op, escape, lookup, depth);
            default:
                return value ?? string.Empty;
        }
    }

    private static string ApplyPattern(string value, string op, char escape, Func<string, string?> lookup, int depth)
    {
        if (op[0] == '/')
        {
            var all = op.StartsWith("//", StringComparison.Ordinal);
            var body = op[(all ? 2 : 1)..];
            var slash = body.IndexOf('/');
            var pattern = slash < 0 ? body : body[..slash];
            var replacement = slash < 0 ? string.Empty : Process(body[(slash + 1)..], escape, lookup, depth).Value;
            var regex = new Regex(GlobToRegex(Process(pattern, escape, lookup, depth).Value, greedy: true));
            return all ? regex.Replace(value, replacement.Replace("$", "$$")) : regex.Replace(value, replacement.Replace("$", "$$"), 1);
        }

        var longest = op.Length > 1 && op[1] == op[0];
        var glob = Process(op[(longest ? 2 : 1)..], escape, lookup, depth).Value;
        var core = GlobToRegex(glob, longest);
        var anchored = op[0] == '#' ? new Regex("^" + core) : new Regex(core + "$", RegexOptions.RightToLeft);
        if (op[0] == '%' && !longest)
        {
            // Shortest suffix: try every start from the right.
            for (var start = value.Length; start >= 0; start--)
            {
                if (Regex.IsMatch(value[start..], "^" + core + "$"))
                {
                    return value[..start];
                }
            }

            return value;
        }

        var match = anchored.Match(value);
        return match.Success ? value.Remove(match.Index, match.Length) : value;
    }

    private static string GlobToRegex(string glob, bool greedy)
    {
        var builder = new StringBuilder();
        foreach (var c in glob)
        {
            builder.Append(c switch
            {
                '*' => greedy ? ".*" : ".*?",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        return builder.ToString();
    }

    /// <summary>The <c>}</c> that closes a <c>${</c> opened before <paramref name="from"/>, nested braces counted; -1 when there is none.</summary>
    internal static int FindClosingBrace(string raw, int from)
    {
        var depth = 0;
        for (var i = from; i < raw.Length; i++)
        {
            if (raw[i] == '{')
            {
                depth++;
            }
            else if (raw[i] == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        return -1;
    }

    internal static bool IsNameChar(char c, bool first) =>
        c == '_' || char.IsAsciiLetter(c) || (!first && char.IsAsciiDigit(c));
}
