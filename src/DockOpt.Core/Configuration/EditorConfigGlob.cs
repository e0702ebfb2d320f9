using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DockOpt.Core.Configuration;

/// <summary>
/// An EditorConfig section name as a path matcher (https://spec.editorconfig.org/#glob-expressions):
/// <c>*</c> any characters but <c>/</c>, <c>**</c> any characters, <c>?</c> one character but <c>/</c>,
/// <c>[abc]</c> and <c>[!abc]</c> (ranges allowed), <c>{a,b}</c>, <c>{1..3}</c> an integer in the range,
/// <c>\</c> escapes the next character. A name without <c>/</c> matches the file name at any depth;
/// a name with one is relative to the folder of the file that holds it. Matching is case-sensitive, as the spec says.
/// </summary>
internal sealed class EditorConfigGlob
{
    private readonly Regex _regex;
    private readonly IReadOnlyList<(int Min, int Max)> _ranges;

    private EditorConfigGlob(string pattern, Regex regex, IReadOnlyList<(int Min, int Max)> ranges, bool hasSlash)
    {
        Pattern = pattern;
        _regex = regex;
        _ranges = ranges;
        HasSlash = hasSlash;
    }

    /// <summary>The section name as written.</summary>
    public string Pattern { get; }

    /// <summary>True when the name holds a <c>/</c>, so it is matched against the whole relative path.</summary>
    public bool HasSlash { get; }

    public static EditorConfigGlob Parse(string pattern)
    {
        var hasSlash = pattern.Contains('/', StringComparison.Ordinal);
        var body = hasSlash && pattern.StartsWith('/') ? pattern[1..] : pattern;
        var ranges = new List<(int, int)>();
        var regex = new StringBuilder("^");
        if (!hasSlash)
        {
            regex.Append("(?:.*/)?");
        }

        Translate(body, regex, ranges);
        regex.Append('$');
        try
        {
            return new EditorConfigGlob(pattern, new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline), ranges, hasSlash);
        }
        catch (ArgumentException)
        {
            // A bracket range in reverse order ([z-a]): editors match nothing with it, and neither does this.
            return new EditorConfigGlob(pattern, new Regex("(?!)", RegexOptions.CultureInvariant), [], hasSlash);
        }
    }

    /// <summary>
    /// True when the file at <paramref name="relativePath"/> (relative to the folder of the file that holds
    /// the section, <c>/</c>-separated) is in the section. A path outside that folder (starting with
    /// <c>../</c>) only matches names without <c>/</c>, by its file name.
    /// </summary>
    public bool IsMatch(string relativePath)
    {
        var path = relativePath.Replace('\\', '/');
        if (path.StartsWith("../", StringComparison.Ordinal) || path == ".." || Path.IsPathRooted(path))
        {
            if (HasSlash)
            {
                return false;
            }

            path = path[(path.LastIndexOf('/') + 1)..];
        }

        var match = _regex.Match(path);
        if (!match.Success)
        {
            return false;
        }

        for (var i = 0; i < _ranges.Count; i++)
        {
            if (!int.TryParse(match.Groups[i + 1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
                || number < _ranges[i].Min || number > _ranges[i].Max)
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Pattern;

    private static void Translate(string glob, StringBuilder regex, List<(int, int)> ranges)
    {
        var i = 0;
        while (i < glob.Length)
        {
            var c = glob[i];
            switch (c)
            {
                case '\\' when i + 1 < glob.Length:
                    regex.Append(Regex.Escape(glob[i + 1].ToString()));
                    i += 2;
                    break;
                case '*':
                    var stars = i;
                    while (i < glob.Length && glob[i] == '*')
                    {
                        i++;
                    }

                    if (i - stars == 1)
                    {
                        regex.Append("[^/]*");
                    }
                    else if ((stars == 0 || glob[stars - 1] == '/') && i < glob.Length && glob[i] == '/')
                    {
                        // "**/" at the start or after a slash: any number of folders, none included.
                        regex.Append("(?:.*/)?");
                        i++;
                    }
                    else
                    {
                        regex.Append(".*");
                    }

                    break;
                case '?':
                    regex.Append("[^/]");
                    i++;
                    break;
                case '[':
                    i = TranslateClass(glob, i, regex);
                    break;
                case '{':
                    i = TranslateBraces(glob, i, regex, ranges);
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }
    }

    /// <summary>A bracket expression; an unclosed one, or one holding a slash, is a literal bracket.</summary>
    private static int TranslateClass(string glob, int start, StringBuilder regex)
    {
        var i = start + 1;
        var negated = i < glob.Length && glob[i] is '!' or '^';
        if (negated)
        {
            i++;
        }

        var members = new StringBuilder();
        var first = true;
        for (; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == ']' && !first)
            {
                regex.Append('[').Append(negated ? "^/" : string.Empty).Append(members).Append(']');
                return i + 1;
            }

            if (c == '/')
            {
                break;
            }

            if (c == '\\' && i + 1 < glob.Length)
            {
                c = glob[++i];
                members.Append('\\').Append(c);
            }
            else if (c == '-' && !first && i + 1 < glob.Length && glob[i + 1] != ']')
            {
                members.Append('-');
            }
            else
            {
                members.Append(c is '\\' or '^' or '[' or ']' or '-' ? "\\" + c : c.ToString());
            }

            first = false;
        }

        regex.Append("\\[");
        return start + 1;
    }

    /// <summary><c>{a,b}</c>, <c>{n1..n2}</c>; braces without a comma or unclosed are literal.</summary>
    private static int TranslateBraces(string glob, int start, StringBuilder regex, List<(int, int)> ranges)
    {
        var depth = 0;
        var end = -1;
        var commas = new List<int>();
        for (var i = start; i < glob.Length; i++)
        {
            var c = glob[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && --depth == 0)
            {
                end = i;
                break;
            }
            else if (c == ',' && depth == 1)
            {
                commas.Add(i);
            }
        }

        if (end < 0)
        {
            regex.Append("\\{");
            return start + 1;
        }

        var content = glob[(start + 1)..end];
        var range = Regex.Match(content, @"^([+-]?[0-9]+)\.\.([+-]?[0-9]+)$", RegexOptions.CultureInvariant);
        if (range.Success
            && int.TryParse(range.Groups[1].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var from)
            && int.TryParse(range.Groups[2].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var to))
        {
            regex.Append("([+-]?[0-9]+)");
            ranges.Add((Math.Min(from, to), Math.Max(from, to)));
            return end + 1;
        }

        if (commas.Count == 0)
        {
            regex.Append("\\{");
            Translate(content, regex, ranges);
            regex.Append("\\}");
            return end + 1;
        }

        regex.Append("(?:");
        var previous = start + 1;
        foreach (var comma in commas.Append(end))
        {
            if (previous != start + 1)
            {
                regex.Append('|');
            }

            Translate(glob[previous..comma], regex, ranges);
            previous = comma + 1;
        }

        regex.Append(')');
        return end + 1;
    }
}
