using System.Text;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Text;

namespace DockOpt.Core.Syntax;

/// <summary>
/// Reads a Dockerfile the way BuildKit's frontend does, keeping every byte. It never throws: a
/// problem becomes a <see cref="SyntaxError"/> and parsing goes on with the next line. Work is
/// linear in the size of the input and nothing recurses on its depth.
/// </summary>
public static class DockerfileParser
{
    private static readonly HashSet<string> KnownDirectives = new(StringComparer.OrdinalIgnoreCase) { "syntax", "escape", "check" };

    private static readonly Dictionary<InstructionKind, string[]> KnownFlags = new()
    {
        [InstructionKind.From] = ["platform"],
        [InstructionKind.Run] = ["mount", "network", "security", "device"],
        [InstructionKind.Copy] = ["from", "chown", "chmod", "link", "parents", "exclude"],
        [InstructionKind.Add] = ["chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "parents", "unpack"],
        [InstructionKind.Healthcheck] = ["interval", "timeout", "start-period", "start-interval", "retries"],
    };

    /// <summary>The flags BuildKit knows for an instruction (without their leading dashes); empty for the others.</summary>
    public static IReadOnlyList<string> FlagsOf(InstructionKind kind) => KnownFlags.TryGetValue(kind, out var flags) ? flags : [];

    public static DockerfileSyntax Parse(SourceText source)
    {
        var state = new ParserState(source);
        state.Run();
        return new DockerfileSyntax(source, state.Nodes, state.Errors, state.Escape);
    }

    private sealed class ParserState(SourceText source)
    {
        private readonly string _text = source.Text;
        private readonly HashSet<string> _seenDirectives = new(StringComparer.OrdinalIgnoreCase);
        private bool _directivesOpen = true;
        private bool _sawFrom;

        public List<SyntaxNode> Nodes { get; } = new();

        public List<SyntaxError> Errors { get; } = new();

        public char Escape { get; private set; } = '\\';

        public void Run()
        {
            var position = 0;
            while (position < _text.Length)
            {
                var line = ReadLine(position);
                if (_directivesOpen && TryReadDirective(line))
                {
                    position = line.FullEnd;
                    continue;
                }

                _directivesOpen = false;
                var first = SkipBlanks(line.Start, line.ContentEnd);
                if (first == line.ContentEnd)
                {
                    Nodes.Add(new BlankLineSyntax(new TextSpan(line.Start, line.FullEnd)));
                    position = line.FullEnd;
                }
                else if (_text[first] == '#')
                {
                    Nodes.Add(MakeComment(line, first));
                    position = line.FullEnd;
                }
                else
                {
                    position = ReadInstruction(line, first);
                }
            }

            if (!Nodes.OfType<InstructionSyntax>().Any())
            {
                Errors.Add(new SyntaxError(new TextSpan(0, 0), "the Dockerfile has no instructions"));
            }
        }

        private CommentSyntax MakeComment(Line line, int hash)
        {
            var span = new TextSpan(hash, line.ContentEnd);
            return new CommentSyntax(new TextSpan(line.Start, line.FullEnd), span, _text.Substring(hash + 1, span.Length - 1).Trim());
        }

        /// <summary>Directives count only at the very top, before any comment, blank line or instruction.</summary>
        private bool TryReadDirective(Line line)
        {
            var i = SkipBlanks(line.Start, line.ContentEnd);
            if (i >= line.ContentEnd || _text[i] != '#')
            {
                return false;
            }

            i = SkipBlanks(i + 1, line.ContentEnd);
            var nameStart = i;
            if (i >= line.ContentEnd || !char.IsAsciiLetter(_text[i]))
            {
                return false;
            }

            while (i < line.ContentEnd && char.IsAsciiLetterOrDigit(_text[i]))
            {
                i++;
            }

            var nameEnd = i;
            i = SkipBlanks(i, line.ContentEnd);
            if (i >= line.ContentEnd || _text[i] != '=')
            {
                return false;
            }

            var valueStart = SkipBlanks(i + 1, line.ContentEnd);
            var valueEnd = line.ContentEnd;
            while (valueEnd > valueStart && _text[valueEnd - 1] is ' ' or '\t')
            {
                valueEnd--;
            }

            var name = _text[nameStart..nameEnd];
            if (valueEnd == valueStart || !KnownDirectives.Contains(name))
            {
                return false;
            }

            var value = _text[valueStart..valueEnd];
            var nameSpan = new TextSpan(nameStart, nameEnd);
            var valueSpan = new TextSpan(valueStart, valueEnd);
            if (!_seenDirectives.Add(name))
            {
                Errors.Add(new SyntaxError(nameSpan, $"only one '{name.ToLowerInvariant()}' parser directive can be used; this one is ignored"));
            }
            else if (name.Equals("escape", StringComparison.OrdinalIgnoreCase))
            {
                if (value is "\\" or "`")
                {
                    Escape = value[0];
                }
                else
                {
                    Errors.Add(new SyntaxError(valueSpan, $"invalid escape character '{value}': it must be a backslash or a backtick"));
                }
            }

            Nodes.Add(new DirectiveSyntax(new TextSpan(line.Start, line.FullEnd), name.ToLowerInvariant(), value, nameSpan, valueSpan));
            return true;
        }

        /// <summary>Reads one instruction from its first line; returns the offset after its last line.</summary>
        private int ReadInstruction(Line firstLine, int first)
        {
            var builder = new MappedText.Builder();
            var comments = new List<CommentSyntax>();
            var emptyContinuation = false;
            var line = firstLine;
            var segmentStart = first;
            var contentEnd = firstLine.ContentEnd;
            var fullEnd = firstLine.FullEnd;
            while (true)
            {
                var escapeAt = ContinuationEscape(segmentStart, line.ContentEnd);
                if (escapeAt < 0)
                {
                    builder.Append(_text, segmentStart, line.ContentEnd);
                    contentEnd = line.ContentEnd;
                    fullEnd = line.FullEnd;
                    break;
                }

                builder.Append(_text, segmentStart, escapeAt);
                contentEnd = line.ContentEnd;
                fullEnd = line.FullEnd;
                var found = false;
                var position = line.FullEnd;
                while (position < _text.Length)
                {
                    var next = ReadLine(position);
                    var nonBlank = SkipBlanks(next.Start, next.ContentEnd);
                    if (nonBlank < next.ContentEnd && _text[nonBlank] == '#')
                    {
                        comments.Add(MakeComment(next, nonBlank));
                        fullEnd = next.FullEnd;
                        position = next.FullEnd;
                        continue;
                    }

                    if (nonBlank == next.ContentEnd)
                    {
                        // BuildKit skips it and keeps joining: the next non-blank line still belongs here.
                        emptyContinuation = true;
                        fullEnd = next.FullEnd;
                        position = next.FullEnd;
                        continue;
                    }

                    line = next;
                    segmentStart = next.Start;
                    found = true;
                    break;
                }

                if (!found)
                {
                    break;
                }
            }

            var logical = builder.Build(contentEnd);
            var (instruction, end) = BuildInstruction(logical, firstLine.Start, fullEnd, contentEnd, comments, emptyContinuation, allowHeredocs: true, nested: false);
            Nodes.Add(instruction);
            CheckStageContext(instruction);
            return end;
        }

        private void CheckStageContext(InstructionSyntax instruction)
        {
            if (instruction.Kind == InstructionKind.From)
            {
                _sawFrom = true;
            }
            else if (!_sawFrom && instruction.Kind is not (InstructionKind.Arg or InstructionKind.Unknown))
            {
                Errors.Add(new SyntaxError(instruction.KeywordSpan, $"{instruction.Keyword.ToUpperInvariant()} comes before the first FROM: only ARG may stand there"));
            }
        }

        private (InstructionSyntax Instruction, int End) BuildInstruction(
            MappedText logical,
            int fullStart,
            int fullEnd,
            int contentEnd,
            IReadOnlyList<CommentSyntax> comments,
            bool emptyContinuation,
            bool allowHeredocs,
            bool nested)
        {
            var text = logical.Text;
            var i = SkipBlanks(text, 0);
            var keywordStart = i;
            while (i < text.Length && !IsBlank(text[i]))
            {
                i++;
            }

            var keyword = text[keywordStart..i];
            var keywordSpan = logical.ToSource(keywordStart, i);
            var kind = InstructionKinds.FromKeyword(keyword);
            if (kind == InstructionKind.Unknown)
            {
                Errors.Add(new SyntaxError(keywordSpan, $"unknown instruction: {keyword.ToUpperInvariant()}{Suggest(keyword)}"));
            }

            var flags = new List<FlagSyntax>();
            i = SkipBlanks(text, i);
            while (i + 1 < text.Length && text[i] == '-' && text[i + 1] == '-')
            {
                var (wordStart, wordEnd) = NextWord(text, i);
                flags.Add(MakeFlag(logical, wordStart, wordEnd));
                i = SkipBlanks(text, wordEnd);
            }

            var argumentsEnd = text.Length;
            while (argumentsEnd > i && IsBlank(text[argumentsEnd - 1]))
            {
                argumentsEnd--;
            }

            var arguments = logical.Slice(i, argumentsEnd);
            ValidateFlags(kind, flags);

            var form = CommandForm.None;
            IReadOnlyList<WordSyntax> exec = Array.Empty<WordSyntax>();
            IReadOnlyList<WordSyntax> words = Array.Empty<WordSyntax>();
            if (kind.AcceptsExecForm() && arguments.Length > 0)
            {
                var json = JsonArrayReader.TryRead(arguments);
                if (json is not null)
                {
                    form = CommandForm.Exec;
                    exec = json;
                }
                else
                {
                    form = CommandForm.Shell;
                }
            }

            if (form != CommandForm.Exec)
            {
                words = SplitWords(arguments);
            }

            if (kind == InstructionKind.Healthcheck && words.Count > 1 && words[0].Value.Equals("CMD", StringComparison.OrdinalIgnoreCase))
            {
                var commandStart = SkipBlanks(arguments.Text, NextWord(arguments.Text, 0).End);
                var command = arguments.Slice(commandStart, arguments.Length);
                var json = JsonArrayReader.TryRead(command);
                form = json is null ? CommandForm.Shell : CommandForm.Exec;
                exec = json ?? exec;
            }

            var heredocs = new List<HeredocSyntax>();
            var end = fullEnd;
            var spanEnd = contentEnd;
            if (allowHeredocs && kind.AcceptsHeredocs() && form != CommandForm.Exec)
            {
                (end, spanEnd) = ReadHeredocs(words, heredocs, fullEnd, contentEnd);
            }

            IReadOnlyList<KeyValueSyntax> keyValues = kind switch
            {
                InstructionKind.Env or InstructionKind.Label => ReadNameValues(kind, arguments, words, keywordSpan),
                InstructionKind.Arg => ReadArgs(words),
                _ => Array.Empty<KeyValueSyntax>(),
            };

            InstructionSyntax? inner = null;
            if (kind == InstructionKind.Onbuild && arguments.Length > 0)
            {
                if (nested)
                {
                    Errors.Add(new SyntaxError(keywordSpan, "ONBUILD cannot wrap another ONBUILD"));
                }
                else
                {
                    var argumentSpan = arguments.ToSource(0, arguments.Length);
                    inner = BuildInstruction(arguments, argumentSpan.Start, argumentSpan.End, argumentSpan.End, Array.Empty<CommentSyntax>(), false, allowHeredocs: false, nested: true).Instruction;
                    if (inner.Kind is InstructionKind.From or InstructionKind.Maintainer or InstructionKind.Onbuild)
                    {
                        Errors.Add(new SyntaxError(inner.KeywordSpan, $"ONBUILD cannot wrap {inner.Keyword.ToUpperInvariant()}"));
                    }
                }
            }

            var instruction = new InstructionSyntax(
                new TextSpan(fullStart, end),
                new TextSpan(keywordSpan.Start, Math.Max(keywordSpan.End, spanEnd)),
                kind,
                keyword,
                keywordSpan,
                logical,
                flags,
                arguments,
                form,
                exec,
                words,
                keyValues,
                heredocs,
                comments,
                emptyContinuation,
                inner);
            ValidateArguments(instruction);
            return (instruction, end);
        }

        private FlagSyntax MakeFlag(MappedText logical, int start, int end)
        {
            var raw = logical.Text[start..end];
            var equals = raw.IndexOf('=');
            var nameEnd = equals < 0 ? end : start + equals;
            var name = logical.Text[(start + 2)..nameEnd];
            WordSyntax? value = null;
            if (equals >= 0)
            {
                var valueRaw = logical.Text[(nameEnd + 1)..end];
                value = new WordSyntax(valueRaw, WordLexer.Unquote(valueRaw, Escape), logical.ToSource(nameEnd + 1, end));
            }

            return new FlagSyntax(name, value, logical.ToSource(start, end), logical.ToSource(start, nameEnd));
        }

        private void ValidateFlags(InstructionKind kind, List<FlagSyntax> flags)
        {
            if (kind == InstructionKind.Unknown)
            {
                return;
            }

            KnownFlags.TryGetValue(kind, out var known);
            foreach (var flag in flags)
            {
                if (flag.Name.Length == 0)
                {
                    // A bare "--" ends nothing in a Dockerfile; BuildKit reports it the same way.
                    Errors.Add(new SyntaxError(flag.Span, "a flag needs a name after '--'"));
                }
                else if (known is null || !known.Contains(flag.Name, StringComparer.OrdinalIgnoreCase))
                {
                    Errors.Add(new SyntaxError(flag.NameSpan, $"unknown flag for {kind.ToKeyword()}: --{flag.Name}"));
                }
            }
        }

        private void ValidateArguments(InstructionSyntax instruction)
        {
            var keyword = instruction.Kind.ToKeyword();
            var empty = instruction.Arguments.Length == 0;
            switch (instruction.Kind)
            {
                case InstructionKind.Unknown:
                case InstructionKind.Cmd:
                case InstructionKind.Entrypoint:
                    return;
                case InstructionKind.From:
                    if (empty)
                    {
                        AddRequiresArgument(instruction, keyword);
                    }
                    else if (instruction.Words.Count is not 1 and not 3
                        || (instruction.Words.Count == 3 && !instruction.Words[1].Value.Equals("AS", StringComparison.OrdinalIgnoreCase)))
                    {
                        Errors.Add(new SyntaxError(instruction.ArgumentsSpan, "FROM takes an image and, optionally, AS and a stage name"));
                    }

                    return;
                case InstructionKind.Copy:
                case InstructionKind.Add:
                    var count = instruction.Form == CommandForm.Exec ? instruction.ExecArguments.Count : instruction.Words.Count;
                    if (count < 2)
                    {
                        Errors.Add(new SyntaxError(empty ? instruction.KeywordSpan : instruction.ArgumentsSpan, $"{keyword} needs at least one source and a destination"));
                    }

                    return;
                case InstructionKind.Shell:
                    if (instruction.Form != CommandForm.Exec)
                    {
                        Errors.Add(new SyntaxError(empty ? instruction.KeywordSpan : instruction.ArgumentsSpan, "SHELL must be written as a JSON array, such as [\"/bin/bash\", \"-c\"]"));
                    }

                    return;
                case InstructionKind.Healthcheck:
                    if (empty)
                    {
                        AddRequiresArgument(instruction, keyword);
                    }
                    else if (!instruction.Words[0].Value.Equals("NONE", StringComparison.OrdinalIgnoreCase)
                        && !instruction.Words[0].Value.Equals("CMD", StringComparison.OrdinalIgnoreCase))
                    {
                        Errors.Add(new SyntaxError(instruction.Words[0].Span, "HEALTHCHECK takes NONE or CMD followed by a command"));
                    }

                    return;
                default:
                    if (empty)
                    {
                        AddRequiresArgument(instruction, keyword);
                    }

                    return;
            }
        }

        private void AddRequiresArgument(InstructionSyntax instruction, string keyword) =>
            Errors.Add(new SyntaxError(instruction.KeywordSpan, $"{keyword} requires at least one argument"));

        private (int End, int SpanEnd) ReadHeredocs(IReadOnlyList<WordSyntax> words, List<HeredocSyntax> heredocs, int fullEnd, int contentEnd)
        {
            var position = fullEnd;
            var spanEnd = contentEnd;
            foreach (var word in words)
            {
                if (!TryReadHeredocMarker(word.Raw, out var descriptor, out var stripTabs, out var delimiterRaw))
                {
                    continue;
                }

                var delimiter = WordLexer.Unquote(delimiterRaw, Escape);
                var quoted = delimiterRaw.IndexOfAny(['\'', '"']) >= 0;
                var bodyStart = position;
                var body = new StringBuilder();
                TextSpan? terminator = null;
                while (position < _text.Length)
                {
                    var line = ReadLine(position);
                    var contentStart = line.Start;
                    if (stripTabs)
                    {
                        while (contentStart < line.ContentEnd && _text[contentStart] == '\t')
                        {
                            contentStart++;
                        }
                    }

                    if (line.ContentEnd - contentStart == delimiter.Length
                        && string.CompareOrdinal(_text, contentStart, delimiter, 0, delimiter.Length) == 0)
                    {
                        terminator = new TextSpan(line.Start, line.ContentEnd);
                        position = line.FullEnd;
                        spanEnd = line.ContentEnd;
                        break;
                    }

                    body.Append(_text, contentStart, line.ContentEnd - contentStart).Append('\n');
                    position = line.FullEnd;
                }

                var bodySpan = new TextSpan(bodyStart, terminator?.Start ?? position);
                if (terminator is null)
                {
                    Errors.Add(new SyntaxError(word.Span, $"the here-document '{delimiter}' never ends: no line holds just '{delimiter}'"));
                    spanEnd = Math.Max(spanEnd, TrimLineBreak(position));
                }

                heredocs.Add(new HeredocSyntax(delimiter, stripTabs, quoted, descriptor, word.Span, bodySpan, body.ToString(), terminator));
            }

            return (position, spanEnd);
        }

        private int TrimLineBreak(int end)
        {
            if (end > 0 && _text[end - 1] == '\n')
            {
                end--;
                if (end > 0 && _text[end - 1] == '\r')
                {
                    end--;
                }
            }

            return end;
        }

        /// <summary>A word such as <c>&lt;&lt;EOF</c>, <c>&lt;&lt;-'EOF'</c> or <c>3&lt;&lt;EOF</c>; not the here-string <c>&lt;&lt;&lt;</c>.</summary>
        private static bool TryReadHeredocMarker(string raw, out int? descriptor, out bool stripTabs, out string delimiter)
        {
            descriptor = null;
            stripTabs = false;
            delimiter = string.Empty;
            var i = 0;
            while (i < raw.Length && char.IsAsciiDigit(raw[i]))
            {
                i++;
            }

            if (i + 1 >= raw.Length || raw[i] != '<' || raw[i + 1] != '<')
            {
                return false;
            }

            if (i > 0)
            {
                descriptor = int.TryParse(raw.AsSpan(0, i), out var fd) ? fd : null;
            }

            i += 2;
            if (i < raw.Length && raw[i] == '-')
            {
                stripTabs = true;
                i++;
            }

            delimiter = raw[i..];
            return delimiter.Length > 0 && !delimiter.Contains('<');
        }

        private IReadOnlyList<KeyValueSyntax> ReadNameValues(InstructionKind kind, MappedText arguments, IReadOnlyList<WordSyntax> words, TextSpan keywordSpan)
        {
            if (words.Count == 0)
            {
                return Array.Empty<KeyValueSyntax>();
            }

            if (!words[0].Raw.Contains('='))
            {
                // The legacy form: ENV key value with spaces.
                var keyEnd = 0;
                while (keyEnd < arguments.Length && !IsBlank(arguments.Text[keyEnd]))
                {
                    keyEnd++;
                }

                var valueStart = SkipBlanks(arguments.Text, keyEnd);
                if (valueStart >= arguments.Length)
                {
                    Errors.Add(new SyntaxError(words[0].Span, $"{kind.ToKeyword()} needs a value: write {words[0].Raw}=value"));
                    return [new KeyValueSyntax(words[0], null, words[0].Span, isLegacyForm: true)];
                }

                var valueRaw = arguments.Text[valueStart..];
                var value = new WordSyntax(valueRaw, WordLexer.Unquote(valueRaw, Escape), arguments.ToSource(valueStart, arguments.Length));
                return [new KeyValueSyntax(words[0], value, words[0].Span.Union(value.Span), isLegacyForm: true)];
            }

            var pairs = new List<KeyValueSyntax>(words.Count);
            foreach (var word in words)
            {
                var equals = word.Raw.IndexOf('=');
                if (equals < 0)
                {
                    Errors.Add(new SyntaxError(word.Span, $"'{word.Raw}' has no '=': {kind.ToKeyword()} pairs are written name=value"));
                    continue;
                }

                pairs.Add(SplitPair(word, equals));
            }

            return pairs;
        }

        private IReadOnlyList<KeyValueSyntax> ReadArgs(IReadOnlyList<WordSyntax> words)
        {
            var pairs = new List<KeyValueSyntax>(words.Count);
            foreach (var word in words)
            {
                var equals = word.Raw.IndexOf('=');
                pairs.Add(equals < 0 ? new KeyValueSyntax(word, null, word.Span, isLegacyForm: false) : SplitPair(word, equals));
            }

            return pairs;
        }

        /// <summary>Splits <c>name=value</c>; the word is one piece of text, so offsets inside it map linearly unless it spans a continuation.</summary>
        private KeyValueSyntax SplitPair(WordSyntax word, int equals)
        {
            var keyRaw = word.Raw[..equals];
            var valueRaw = word.Raw[(equals + 1)..];
            var keySpan = new TextSpan(word.Span.Start, Math.Min(word.Span.End, word.Span.Start + keyRaw.Length));
            var valueSpan = new TextSpan(Math.Max(keySpan.End, word.Span.End - valueRaw.Length), word.Span.End);
            var key = new WordSyntax(keyRaw, WordLexer.Unquote(keyRaw, Escape), keySpan);
            var value = new WordSyntax(valueRaw, WordLexer.Unquote(valueRaw, Escape), valueSpan);
            return new KeyValueSyntax(key, value, word.Span, isLegacyForm: false);
        }

        /// <summary>Splits at blanks outside quotes; the escape character protects the next character.</summary>
        private List<WordSyntax> SplitWords(MappedText text)
        {
            var words = new List<WordSyntax>();
            var i = 0;
            while (true)
            {
                i = SkipBlanks(text.Text, i);
                if (i >= text.Length)
                {
                    return words;
                }

                var (start, end) = NextWord(text.Text, i);
                var raw = text.Text[start..end];
                words.Add(new WordSyntax(raw, WordLexer.Unquote(raw, Escape), text.ToSource(start, end)));
                i = end;
            }
        }

        private (int Start, int End) NextWord(string text, int start)
        {
            var quote = '\0';
            var i = start;
            while (i < text.Length)
            {
                var c = text[i];
                if (quote == '\0' && IsBlank(c))
                {
                    break;
                }

                if (c == Escape && quote != '\'' && i + 1 < text.Length)
                {
                    i += 2;
                    continue;
                }

                if (quote == '\0' && c is '\'' or '"')
                {
                    quote = c;
                }
                else if (c == quote)
                {
                    quote = '\0';
                }

                i++;
            }

            return (start, i);
        }

        /// <summary>The offset of the escape character that makes this line continue, or -1.</summary>
        private int ContinuationEscape(int start, int contentEnd)
        {
            var end = contentEnd;
            while (end > start && _text[end - 1] is ' ' or '\t')
            {
                end--;
            }

            return end > start && _text[end - 1] == Escape ? end - 1 : -1;
        }

        private Line ReadLine(int start)
        {
            var newline = _text.IndexOf('\n', start);
            if (newline < 0)
            {
                return new Line(start, _text.Length, _text.Length);
            }

            var contentEnd = newline > start && _text[newline - 1] == '\r' ? newline - 1 : newline;
            return new Line(start, contentEnd, newline + 1);
        }

        private int SkipBlanks(int start, int end)
        {
            while (start < end && IsBlank(_text[start]))
            {
                start++;
            }

            return start;
        }

        private static int SkipBlanks(string text, int start)
        {
            while (start < text.Length && IsBlank(text[start]))
            {
                start++;
            }

            return start;
        }

        private static bool IsBlank(char c) => c is ' ' or '\t' or '\r' or '\v' or '\f';

        private static readonly string[] Keywords = Enum.GetValues<InstructionKind>()
            .Where(k => k != InstructionKind.Unknown)
            .Select(k => k.ToKeyword())
            .ToArray();

        private static string Suggest(string keyword)
        {
            // Only words that could be a typo of a keyword are worth the comparison.
            if (keyword.Length is < 2 or > 12)
            {
                return string.Empty;
            }

            var upper = keyword.ToUpperInvariant();
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var candidate in Keywords)
            {
                var distance = EditDistance(upper, candidate);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }

            return bestDistance <= 2 ? $" (did you mean {best}?)" : string.Empty;
        }

        private static int EditDistance(string a, string b)
        {
            if (a.Length > 64)
            {
                return int.MaxValue;
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }

        private readonly record struct Line(int Start, int ContentEnd, int FullEnd);
    }
}
