using System.Globalization;
using System.Text;

namespace DockOpt.Core.Configuration;

/// <summary>A node of the YAML subset <see cref="YamlSubset"/> reads; <see cref="Line"/> is 1-based.</summary>
internal abstract record YamlNode(int Line);

/// <summary>A scalar: plain or quoted, quotes and escapes removed. An empty plain value is null in YAML.</summary>
internal sealed record YamlScalar(string Value, int Line, bool IsQuoted) : YamlNode(Line)
{
    public bool IsNull => !IsQuoted && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line) : YamlNode(Line);

internal sealed record YamlMapping(IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries, int Line) : YamlNode(Line)
{
    public YamlNode? Get(params string[] keys) =>
        Entries.LastOrDefault(e => keys.Contains(e.Key.Value, StringComparer.Ordinal)).Value;
}

/// <summary>A problem in a YAML file, with its 1-based line.</summary>
internal sealed class YamlException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

/// <summary>
/// Reads the YAML that configuration files such as <c>.hadolint.yaml</c> are written in: block
/// mappings and sequences (a sequence may sit at its key's indentation), <c>- key: value</c> items,
/// flow sequences and mappings (<c>[a, b]</c>, <c>{a: b}</c>, nested, across lines), single- and
/// double-quoted scalars, plain scalars, <c>#</c> comments, a leading <c>---</c>. Anchors, aliases,
/// tags, block scalars (<c>|</c>, <c>&gt;</c>), multi-line plain scalars and several documents are
/// refused with a line number rather than misread. Small on purpose: it ships inside the MSBuild
/// task folder, where a YAML library would be one more assembly to load.
/// </summary>
internal static class YamlSubset
{
    private sealed record Line(int Number, int Indent, string Text);

    public static YamlNode? Parse(string text)
    {
        var lines = ReadLines(text);
        if (lines.Count == 0)
        {
            return null;
        }

        var position = 0;
        var root = ParseBlock(lines, ref position, lines[0].Indent);
        if (position < lines.Count)
        {
            throw new YamlException(lines[position].Number, $"unexpected '{lines[position].Text}': check the indentation");
        }

        return root;
    }

    /// <summary>Non-blank lines with comments removed; tabs in indentation are refused, as YAML does.</summary>
    private static List<Line> ReadLines(string text)
    {
        var result = new List<Line>();
        var raw = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        var sawDocumentStart = false;
        for (var i = 0; i < raw.Length; i++)
        {
            var line = raw[i].TrimEnd('\r');
            var indent = 0;
            while (indent < line.Length && line[indent] == ' ')
            {
                indent++;
            }

            var content = StripComment(line[indent..]).TrimEnd();
            if (content.Length == 0)
            {
                continue;
            }

            if (content[0] == '\t')
            {
                throw new YamlException(i + 1, "a tab in the indentation; YAML indents with spaces");
            }

            if (indent == 0 && (content == "---" || content.StartsWith("--- ", StringComparison.Ordinal)))
            {
                if (sawDocumentStart || result.Count > 0)
                {
                    throw new YamlException(i + 1, "several YAML documents in one file are not supported");
                }

                sawDocumentStart = true;
                content = content[3..].Trim();
                if (content.Length == 0)
                {
                    continue;
                }
            }

            if (indent == 0 && content == "...")
            {
                break;
            }

            if (content[0] == '%')
            {
                throw new YamlException(i + 1, "YAML directives are not supported");
            }

            result.Add(new Line(i + 1, indent, content));
        }

        return result;
    }

    /// <summary>Removes a comment: <c>#</c> at the start or after a blank, outside quotes.</summary>
    private static string StripComment(string text)
    {
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                StepInQuote(text, ref i, ref quote);
                continue;
            }

            if (c == '#' && (i == 0 || text[i - 1] is ' ' or '\t'))
            {
                return text[..i];
            }

            if (c is '"' or '\'' && (i == 0 || text[i - 1] is ' ' or '\t' or '[' or '{' or ',' or ':' or '-'))
            {
                quote = c;
            }
        }

        return text;
    }

    private static YamlNode ParseBlock(List<Line> lines, ref int position, int indent)
    {
        var first = lines[position];
        return IsSequenceItem(first.Text)
            ? ParseSequence(lines, ref position, indent)
            : ParseMapping(lines, ref position, indent);
    }

    private static bool IsSequenceItem(string text) => text == "-" || text.StartsWith("- ", StringComparison.Ordinal);

    private static YamlSequence ParseSequence(List<Line> lines, ref int position, int indent)
    {
        var items = new List<YamlNode>();
        var start = lines[position].Number;
        while (position < lines.Count && lines[position].Indent == indent && IsSequenceItem(lines[position].Text))
        {
            var line = lines[position];
            var rest = line.Text[1..];
            var offset = rest.Length - rest.TrimStart().Length;
            rest = rest.Trim();
            if (rest.Length == 0)
            {
                position++;
                items.Add(position < lines.Count && lines[position].Indent > indent
                    ? ParseBlock(lines, ref position, lines[position].Indent)
                    : new YamlScalar(string.Empty, line.Number, false));
                continue;
            }

            if (IsSequenceItem(rest) || FindMappingColon(rest) >= 0)
            {
                // "- key: value" or "- - x": the rest is a block whose indentation is where it starts.
                lines[position] = new Line(line.Number, indent + 1 + offset, rest);
                items.Add(ParseBlock(lines, ref position, indent + 1 + offset));
                continue;
            }

            position++;
            items.Add(ParseInlineValue(lines, ref position, rest, line.Number, indent));
        }

        return new YamlSequence(items, start);
    }

    private static YamlMapping ParseMapping(List<Line> lines, ref int position, int indent)
    {
        var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
        var start = lines[position].Number;
        while (position < lines.Count && lines[position].Indent == indent)
        {
            var line = lines[position];
            if (IsSequenceItem(line.Text))
            {
                throw new YamlException(line.Number, "a sequence item where a 'key: value' line was expected");
            }

            var colon = FindMappingColon(line.Text);
            if (colon < 0)
            {
                throw new YamlException(line.Number, $"expected 'key: value', found '{line.Text}'");
            }

            var key = ReadKey(line.Text[..colon].Trim(), line.Number);
            if (entries.Any(e => e.Key.Value == key.Value))
            {
                throw new YamlException(line.Number, $"the key '{key.Value}' appears twice");
            }

            var rest = line.Text[(colon + 1)..].Trim();
            position++;
            YamlNode value;
            if (rest.Length > 0)
            {
                value = ParseInlineValue(lines, ref position, rest, line.Number, indent);
            }
            else if (position < lines.Count && lines[position].Indent > indent)
            {
                value = ParseBlock(lines, ref position, lines[position].Indent);
            }
            else if (position < lines.Count && lines[position].Indent == indent && IsSequenceItem(lines[position].Text))
            {
                value = ParseSequence(lines, ref position, indent);
            }
            else
            {
                value = new YamlScalar(string.Empty, line.Number, false);
            }

            entries.Add(new(key, value));
        }

        if (position < lines.Count && lines[position].Indent > indent)
        {
            throw new YamlException(lines[position].Number, $"unexpected indentation before '{lines[position].Text}'");
        }

        return new YamlMapping(entries, start);
    }

    /// <summary>The colon that ends a block mapping key: followed by a blank or the end, outside quotes and brackets.</summary>
    private static int FindMappingColon(string text)
    {
        if (text.Length > 0 && text[0] is '[' or '{')
        {
            return -1;
        }

        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                StepInQuote(text, ref i, ref quote);
                continue;
            }

            if (i == 0 && c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == ':' && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                return i;
            }
        }

        return -1;
    }

    private static YamlScalar ReadKey(string text, int line)
    {
        if (text.Length == 0)
        {
            throw new YamlException(line, "a mapping key is empty");
        }

        if (text[0] is '"' or '\'')
        {
            var position = 0;
            var key = ReadQuoted(text, ref position, line);
            if (position != text.Length)
            {
                throw new YamlException(line, $"unexpected text after the quoted key: '{text[position..]}'");
            }

            return key;
        }

        RefuseUnsupported(text, line);
        return new YamlScalar(text, line, false);
    }

    /// <summary>A value on the line of its key or dash: a flow collection (which may go on over the next lines), a quoted or a plain scalar.</summary>
    private static YamlNode ParseInlineValue(List<Line> lines, ref int position, string text, int lineNumber, int indent)
    {
        if (text[0] is '[' or '{')
        {
            var buffer = new StringBuilder(text);
            while (!IsBalanced(buffer.ToString()))
            {
                if (position >= lines.Count)
                {
                    throw new YamlException(lineNumber, $"the flow collection opened here is not closed");
                }

                buffer.Append(' ').Append(lines[position].Text);
                position++;
            }

            var flow = buffer.ToString();
            var at = 0;
            var node = ReadFlow(flow, ref at, lineNumber);
            SkipBlanks(flow, ref at);
            if (at != flow.Length)
            {
                throw new YamlException(lineNumber, $"unexpected text after the flow collection: '{flow[at..]}'");
            }

            return node;
        }

        YamlScalar scalar;
        if (text[0] is '"' or '\'')
        {
            var at = 0;
            scalar = ReadQuoted(text, ref at, lineNumber);
            if (at != text.Length)
            {
                throw new YamlException(lineNumber, $"unexpected text after the quoted value: '{text[at..]}'");
            }
        }
        else
        {
            RefuseUnsupported(text, lineNumber);
            scalar = new YamlScalar(text, lineNumber, false);
        }

        if (position < lines.Count && lines[position].Indent > indent && !IsSequenceItem(lines[position].Text) && FindMappingColon(lines[position].Text) < 0)
        {
            throw new YamlException(lines[position].Number, "a value continued on the next line is not supported; keep it on one line or quote it");
        }

        return scalar;
    }

    private static void RefuseUnsupported(string text, int line)
    {
        switch (text[0])
        {
            case '&':
            case '*':
                throw new YamlException(line, "YAML anchors and aliases are not supported");
            case '!':
                throw new YamlException(line, "YAML tags are not supported");
            case '|':
            case '>':
                throw new YamlException(line, "YAML block scalars ('|', '>') are not supported; write the value on one line");
            case '@':
            case '`':
                throw new YamlException(line, $"a plain value cannot start with '{text[0]}'; quote it");
        }
    }

    private static bool IsBalanced(string text)
    {
        var depth = 0;
        char quote = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                StepInQuote(text, ref i, ref quote);
            }
            else if (c is '"' or '\'' && (i == 0 || text[i - 1] is ' ' or '[' or '{' or ',' or ':'))
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                depth++;
            }
            else if (c is ']' or '}')
            {
                depth--;
            }
        }

        return depth <= 0 && quote == '\0';
    }

    /// <summary>
    /// One character inside a quoted scalar, for the scanners that look for structure outside quotes: a backslash
    /// escape in double quotes and <c>''</c> in single quotes are stepped over; the closing quote ends the scalar.
    /// </summary>
    private static void StepInQuote(string text, ref int i, ref char quote)
    {
        var c = text[i];
        if (quote == '"' && c == '\\')
        {
            i++;
        }
        else if (c == quote)
        {
            if (quote == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                i++;
            }
            else
            {
                quote = '\0';
            }
        }
    }

    /// <summary>After a flow item: a comma and the blanks after it, or the closing bracket (left for the caller), or an error.</summary>
    private static void SkipFlowSeparator(string text, ref int at, char close, string kind, int line)
    {
        SkipBlanks(text, ref at);
        if (at < text.Length && text[at] == ',')
        {
            at++;
            SkipBlanks(text, ref at);
        }
        else if (at < text.Length && text[at] != close)
        {
            throw new YamlException(line, $"expected ',' or '{close}' in the flow {kind}, found '{text[at]}'");
        }
    }

    private static YamlNode ReadFlow(string text, ref int at, int line)
    {
        SkipBlanks(text, ref at);
        if (at >= text.Length)
        {
            throw new YamlException(line, "a value is missing in the flow collection");
        }

        switch (text[at])
        {
            case '[':
            {
                at++;
                var items = new List<YamlNode>();
                SkipBlanks(text, ref at);
                while (at < text.Length && text[at] != ']')
                {
                    items.Add(ReadFlow(text, ref at, line));
                    SkipFlowSeparator(text, ref at, ']', "sequence", line);
                }

                Expect(text, ref at, ']', line);
                return new YamlSequence(items, line);
            }

            case '{':
            {
                at++;
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                SkipBlanks(text, ref at);
                while (at < text.Length && text[at] != '}')
                {
                    var key = text[at] is '"' or '\'' ? ReadQuoted(text, ref at, line) : ReadPlain(text, ref at, line, inMappingKey: true);
                    SkipBlanks(text, ref at);
                    YamlNode value = new YamlScalar(string.Empty, line, false);
                    if (at < text.Length && text[at] == ':')
                    {
                        at++;
                        SkipBlanks(text, ref at);
                        if (at < text.Length && text[at] is not (',' or '}'))
                        {
                            value = ReadFlow(text, ref at, line);
                        }
                    }

                    entries.Add(new(key, value));
                    SkipFlowSeparator(text, ref at, '}', "mapping", line);
                }

                Expect(text, ref at, '}', line);
                return new YamlMapping(entries, line);
            }

            case '"':
            case '\'':
                return ReadQuoted(text, ref at, line);
            default:
                return ReadPlain(text, ref at, line, inMappingKey: false);
        }
    }

    private static YamlScalar ReadPlain(string text, ref int at, int line, bool inMappingKey)
    {
        var start = at;
        RefuseUnsupported(text[at..], line);
        while (at < text.Length && text[at] is not (',' or ']' or '}' or '[' or '{'))
        {
            if (inMappingKey && text[at] == ':' && (at + 1 == text.Length || text[at + 1] is ' ' or ',' or '}'))
            {
                break;
            }

            at++;
        }

        return new YamlScalar(text[start..at].Trim(), line, false);
    }

    private static YamlScalar ReadQuoted(string text, ref int at, int line)
    {
        var quote = text[at++];
        var value = new StringBuilder();
        while (at < text.Length)
        {
            var c = text[at++];
            if (c == quote)
            {
                if (quote == '\'' && at < text.Length && text[at] == '\'')
                {
                    value.Append('\'');
                    at++;
                    continue;
                }

                return new YamlScalar(value.ToString(), line, true);
            }

            if (quote == '"' && c == '\\')
            {
                if (at >= text.Length)
                {
                    break;
                }

                var escape = text[at++];
                switch (escape)
                {
                    case 'n': value.Append('\n'); break;
                    case 't': value.Append('\t'); break;
                    case 'r': value.Append('\r'); break;
                    case '0': value.Append('\0'); break;
                    case ' ': value.Append(' '); break;
                    case '/': value.Append('/'); break;
                    case '\\': value.Append('\\'); break;
                    case '"': value.Append('"'); break;
                    case 'u' when at + 4 <= text.Length && int.TryParse(text.AsSpan(at, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                        value.Append((char)code);
                        at += 4;
                        break;
                    default:
                        throw new YamlException(line, $"unknown escape '\\{escape}' in a double-quoted value");
                }

                continue;
            }

            value.Append(c);
        }

        throw new YamlException(line, $"the {(quote == '"' ? "double" : "single")}-quoted value is not closed on its line");
    }

    private static void Expect(string text, ref int at, char c, int line)
    {
        if (at >= text.Length || text[at] != c)
        {
            throw new YamlException(line, $"expected '{c}'");
        }

        at++;
    }

    private static void SkipBlanks(string text, ref int at)
    {
        while (at < text.Length && text[at] is ' ' or '\t')
        {
            at++;
        }
    }
}
