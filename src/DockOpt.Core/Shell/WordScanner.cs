using System.Globalization;

namespace DockOpt.Core.Shell;

/// <summary>
/// Reads one shell word: quotes, escapes, <c>$'...'</c>, parameter expansions, and command substitutions nested to any
/// depth. Nesting is tracked with an explicit stack of frames rather than recursion, so 100,000 nested <c>$(</c> cannot
/// overflow the call stack, and each character is visited once per scan.
/// <para>
/// Inside a command substitution the scanner only needs to find where it ends; its commands are parsed later, as a
/// script of their own (see <see cref="Substitution"/>). That is the approach of real shells too, and the reason for
/// the small amount of shell-grammar knowledge below (comments, <c>case</c> patterns whose <c>)</c> does not close).
/// When that body is scanned in turn, the substitutions nested in it are stepped over, not read again
/// (see <see cref="ShellSource.RememberClosedSubstitution"/>), which keeps deep nesting linear.
/// </para>
/// </summary>
internal sealed class WordScanner
{
    private enum FrameKind
    {
        DoubleQuote,
        Backquote,
        CommandSubstitution,
        ProcessSubstitution,
        Arithmetic,
        Parameter,
        ArrayLiteral,
    }

    private struct Frame
    {
        public FrameKind Kind;

        /// <summary>Offset of the construct's first character: the <c>$</c> of <c>$(</c>, the opening quote.</summary>
        public int Start;

        public int ContentStart;
        public int ParenDepth;
        public int BraceDepth;

        /// <summary>Open <c>case</c> statements inside a substitution, whose pattern <c>)</c> must not end it.</summary>
        public int CaseDepth;

        public bool AtWordStart;
        public bool AtCommandStart;

        /// <summary>The word's value receives this construct's raw text when it closes (it is the outermost expansion).</summary>
        public bool AppendsRawOnClose;

        /// <summary>A backquote inside double quotes, where <c>\"</c> is one more escape.</summary>
        public bool InDoubleQuotes;

        /// <summary>How many substitutions were recorded when this frame opened; see <see cref="CloseParenthesis"/>.</summary>
        public int SubstitutionMark;
    }

    private readonly ShellSource _source;
    private readonly string _text;
    private readonly int _start;
    private readonly int _limit;
    private readonly ShellErrorCollector? _errors;
    private readonly ValueBuilder _value;
    private Frame[] _frames = [];
    private int _depth;
    private int _openCodeFrames;
    private bool _hasExpansion;
    private bool _hasGlob;
    private bool _openBracket;
    private List<Substitution>? _substitutions;

    private WordScanner(ShellSource source, int start, int limit, ShellErrorCollector? errors, ValueBuilder value)
    {
        value.Clear();
        _source = source;
        _text = source.Text;
        _start = start;
        _limit = limit;
        _errors = errors;
        _value = value;
    }

    /// <summary>
    /// Scans the word that starts at <paramref name="start"/> (which must not be a blank or an operator character)
    /// and ends at the first unquoted blank or operator, or at <paramref name="limit"/>.
    /// </summary>
    /// <param name="value">
    /// Receives the word's value (cleared first); pass a builder that tracks offsets to map the value back to the text.
    /// </param>
    public static ShellWord Scan(ShellSource source, int start, int limit, ShellErrorCollector? errors, ValueBuilder? value = null)
    {
        var scanner = new WordScanner(source, start, limit, errors, value ?? new ValueBuilder());
        int end = scanner.Run();
        string raw = source.Text[start..end];
        return new ShellWord(
            raw,
            scanner._value.Equals(raw) ? raw : scanner._value.ToString(),
            scanner._hasExpansion,
            scanner._hasGlob,
            source.ToRoot(start),
            source.ToRootEnd(start, end),
            new WordOrigin(source, start, end),
            scanner._substitutions);
    }

    /// <summary>Characters that end a word when unquoted.</summary>
    public static bool IsWordTerminator(char c) =>
        c is ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')' or '<' or '>';

    private bool AtValueLevel => _depth == 0 || (_depth == 1 && _frames[0].Kind == FrameKind.DoubleQuote);

    private int Run()
    {
        int i = _start;
        while (i < _limit)
        {
            if (_depth == 0)
            {
                int next = StepInWord(i);
                if (next < 0)
                {
                    break;
                }

                i = next;
            }
            else
            {
                i = StepInFrame(i);
            }
        }

        if (_depth > 0)
        {
            CloseUnterminatedFrames();
        }

        return i;
    }

    /// <summary>One step outside any quote or expansion; returns -1 where the word ends.</summary>
    private int StepInWord(int i)
    {
        char c = _text[i];
        switch (c)
        {
            case '(' when i > _start && IsAssignmentPrefix(i):
                // bash array assignment: packages=(curl git) is one word.
                Push(FrameKind.ArrayLiteral, i, i + 1);
                return i + 1;
            case '<' or '>' when i == _start && i + 1 < _limit && _text[i + 1] == '(':
                // Process substitution <(cmd): only at the start of a word, elsewhere '<' is a redirection.
                _hasExpansion = true;
                return OpenSubstitution(FrameKind.ProcessSubstitution, i, i + 2);
            case '\\':
                return EscapeInWord(i);
            case '\'':
                return SingleQuoted(i, appendToValue: true);
            case '"':
                Push(FrameKind.DoubleQuote, i, i + 1);
                return i + 1;
            case '`':
                _hasExpansion = true;
                return OpenSubstitution(FrameKind.Backquote, i, i + 1);
            case '$':
                return Dollar(i, inDoubleQuotes: false);
            case '*' or '?':
                _hasGlob = true;
                break;
            case '[':
                _openBracket = true;
                break;
            case ']':
                // '[' alone (the test command) is not a pattern; '[a-z]' is.
                _hasGlob |= _openBracket;
                break;
            default:
                if (IsWordTerminator(c))
                {
                    return -1;
                }

                break;
        }

        _value.Append(c, i, i + 1);
        return i + 1;
    }

    private int EscapeInWord(int i)
    {
        if (i + 1 >= _limit)
        {
            _value.Append('\\', i, i + 1);
            return i + 1;
        }

        int continuation = LineContinuationEnd(i);
        if (continuation > 0)
        {
            return continuation;
        }

        _value.Append(_text[i + 1], i, i + 2);
        return i + 2;
    }

    /// <summary>If a backslash-newline (or backslash-CRLF) starts at <paramref name="i"/>, the offset after it; else 0.</summary>
    private int LineContinuationEnd(int i)
    {
        if (i + 1 < _limit && _text[i + 1] == '\n')
        {
            return i + 2;
        }

        if (i + 2 < _limit && _text[i + 1] == '\r' && _text[i + 2] == '\n')
        {
            return i + 3;
        }

        return 0;
    }

    private int SingleQuoted(int i, bool appendToValue)
    {
        int close = _text.IndexOf('\'', i + 1, _limit - i - 1);
        int contentEnd = close < 0 ? _limit : close;
        if (appendToValue)
        {
            _value.AppendSlice(_text, i + 1, contentEnd);
        }

        if (close < 0)
        {
            Report(i, "unterminated single-quoted string");
            return _limit;
        }

        return close + 1;
    }

    private int StepInFrame(int i)
    {
        ref Frame top = ref _frames[_depth - 1];
        return top.Kind switch
        {
            FrameKind.DoubleQuote => StepInDoubleQuotes(i),
            FrameKind.Backquote => StepInBackquotes(i),
            FrameKind.Parameter => StepInParameter(ref top, i),
            _ => StepInCode(ref top, i),
        };
    }

    private int StepInDoubleQuotes(int i)
    {
        bool toValue = _depth == 1;
        char c = _text[i];
        switch (c)
        {
            case '"':
                Close(i + 1, i);
                return i + 1;
            case '\\':
                int continuation = LineContinuationEnd(i);
                if (continuation > 0)
                {
                    return continuation;
                }

                // Inside double quotes a backslash only escapes these; elsewhere it is an ordinary character.
                if (i + 1 < _limit && _text[i + 1] is '$' or '`' or '"' or '\\')
                {
                    if (toValue)
                    {
                        _value.Append(_text[i + 1], i, i + 2);
                    }

                    return i + 2;
                }

                break;
            case '$':
                return Dollar(i, inDoubleQuotes: true);
            case '`':
                if (toValue)
                {
                    _hasExpansion = true;
                }

                return OpenSubstitution(FrameKind.Backquote, i, i + 1, inDoubleQuotes: true);
        }

        if (toValue)
        {
            _value.Append(c, i, i + 1);
        }

        return i + 1;
    }

    private int StepInBackquotes(int i)
    {
        char c = _text[i];
        if (c == '\\')
        {
            return Math.Min(i + 2, _limit);
        }

        if (c == '`')
        {
            Close(i + 1, i);
        }

        return i + 1;
    }

    private int StepInParameter(ref Frame top, int i)
    {
        char c = _text[i];
        switch (c)
        {
            case '\\':
                return Math.Min(i + 2, _limit);
            case '{':
                top.BraceDepth++;
                return i + 1;
            case '}':
                if (top.BraceDepth > 0)
                {
                    top.BraceDepth--;
                }
                else
                {
                    Close(i + 1, i);
                }

                return i + 1;
            case '\'':
                // "${x:-'a'}" keeps the quotes literally; ${x:-'a'} unquoted quotes them.
                bool insideDoubleQuotes = _depth >= 2 && _frames[_depth - 2].Kind == FrameKind.DoubleQuote;
                return insideDoubleQuotes ? i + 1 : SingleQuoted(i, appendToValue: false);
            default:
                return StepIntoNested(i);
        }
    }

    /// <summary>Outside single quotes, in code and in parameter words alike: a double quote, backquote or dollar opens a nested frame.</summary>
    private int StepIntoNested(int i)
    {
        switch (_text[i])
        {
            case '"':
                Push(FrameKind.DoubleQuote, i, i + 1);
                return i + 1;
            case '`':
                return OpenSubstitution(FrameKind.Backquote, i, i + 1);
            case '$':
                return Dollar(i, inDoubleQuotes: false);
            default:
                return i + 1;
        }
    }

    /// <summary>One step inside shell code: <c>$( )</c>, <c>&lt;( )</c>, <c>$(( ))</c> or an array literal.</summary>
    private int StepInCode(ref Frame top, int i)
    {
        char c = _text[i];
        bool wordStart = top.AtWordStart;
        top.AtWordStart = false;
        switch (c)
        {
            case ' ' or '\t' or '\r' or '<' or '>':
                top.AtWordStart = true;
                return i + 1;
            case '\n' or ';' or '&' or '|':
                top.AtWordStart = true;
                top.AtCommandStart = true;
                return i + 1;
            case '(':
                top.ParenDepth++;
                top.AtWordStart = true;
                top.AtCommandStart = true;
                return i + 1;
            case ')':
                top.AtWordStart = true;
                top.AtCommandStart = true;
                return CloseParenthesis(ref top, i);
        }

        if (wordStart)
        {
            if (c == '#' && top.Kind != FrameKind.Arithmetic)
            {
                int newline = _text.IndexOf('\n', i, _limit - i);
                top.AtWordStart = true;
                return newline < 0 ? _limit : newline;
            }

            if (top.Kind is FrameKind.CommandSubstitution or FrameKind.ProcessSubstitution && char.IsAsciiLetterLower(c))
            {
                return ReservedWordInCode(ref top, i);
            }

            // '{' and '!' are reserved words after which a command (possibly 'case') still starts.
            bool keepsCommandStart = c is '{' or '!' && (i + 1 >= _limit || _text[i + 1] is ' ' or '\t' or '\n');
            top.AtCommandStart &= keepsCommandStart;
        }

        switch (c)
        {
            case '\\':
                return Math.Min(i + 2, _limit);
            case '\'':
                return SingleQuoted(i, appendToValue: false);
            default:
                return StepIntoNested(i);
        }
    }

    /// <summary>
    /// Tracks <c>case ... esac</c> inside a substitution, because the <c>)</c> after a case pattern does not close
    /// the substitution: <c>$(case $x in a) echo;; esac)</c>.
    /// </summary>
    private int ReservedWordInCode(ref Frame top, int i)
    {
        int end = i;
        while (end < _limit && char.IsAsciiLetterLower(_text[end]))
        {
            end++;
        }

        bool delimited = end >= _limit || IsWordTerminator(_text[end]);
        if (!delimited || !top.AtCommandStart)
        {
            top.AtCommandStart = false;
            return end;
        }

        switch (_text.AsSpan(i, end - i))
        {
            case "case":
                top.CaseDepth++;
                top.AtCommandStart = false;
                break;
            case "esac":
                top.CaseDepth = Math.Max(0, top.CaseDepth - 1);
                top.AtCommandStart = false;
                break;
            case "if" or "then" or "elif" or "else" or "while" or "until" or "do" or "time":
                break; // a command follows
            default:
                top.AtCommandStart = false;
                break;
        }

        return end;
    }

    private int CloseParenthesis(ref Frame top, int i)
    {
        if (top.Kind == FrameKind.Arithmetic)
        {
            if (top.ParenDepth > 1)
            {
                top.ParenDepth--;
                return i + 1;
            }

            if (i + 1 < _limit && _text[i + 1] == ')')
            {
                Close(i + 2, i);
                return i + 2;
            }

            // '$((' whose first ')' is not followed by another: it was '$(' with a subshell inside, $((cd x) && ls).
            top.Kind = FrameKind.CommandSubstitution;
            top.ParenDepth = 0;
            top.ContentStart = top.Start + 2;
            _openCodeFrames++;
            if (_openCodeFrames == 1 && _substitutions is not null)
            {
                // Substitutions recorded inside it are now part of its body, which is parsed as a whole.
                _substitutions.RemoveRange(top.SubstitutionMark, _substitutions.Count - top.SubstitutionMark);
            }

            return i + 1;
        }

        if (top.ParenDepth > 0)
        {
            top.ParenDepth--;
        }
        else if (top.CaseDepth == 0)
        {
            Close(i + 1, i);
        }

        return i + 1;
    }

    private int Dollar(int i, bool inDoubleQuotes)
    {
        bool atValueLevel = AtValueLevel;
        char next = i + 1 < _limit ? _text[i + 1] : '\0';
        switch (next)
        {
            case '(':
                _hasExpansion |= atValueLevel;
                bool arithmetic = i + 2 < _limit && _text[i + 2] == '(';
                return OpenSubstitution(arithmetic ? FrameKind.Arithmetic : FrameKind.CommandSubstitution, i, arithmetic ? i + 3 : i + 2);
            case '{':
                _hasExpansion |= atValueLevel;
                Push(FrameKind.Parameter, i, i + 2);
                return i + 2;
            case '\'' when !inDoubleQuotes:
                return AnsiCQuoted(i, decode: _depth == 0);
            case '"' when !inDoubleQuotes:
                // $"..." (locale translation) behaves like "...".
                Push(FrameKind.DoubleQuote, i + 1, i + 2);
                return i + 2;
        }

        int end;
        if (ShellWord.IsNameStart(next))
        {
            end = i + 2;
            while (end < _limit && ShellWord.IsNameChar(_text[end]))
            {
                end++;
            }
        }
        else if (char.IsAsciiDigit(next) || next is '@' or '*' or '#' or '?' or '-' or '$' or '!')
        {
            end = i + 2;
        }
        else
        {
            // A lone '$' (before a blank, '/', the end) is literal.
            if (atValueLevel)
            {
                _value.Append('$', i, i + 1);
            }

            return i + 1;
        }

        if (atValueLevel)
        {
            _hasExpansion = true;
            _value.AppendSlice(_text, i, end);
        }

        return end;
    }

    /// <summary>bash's <c>$'...'</c>, whose backslash escapes are decoded like C's.</summary>
    private int AnsiCQuoted(int i, bool decode)
    {
        int j = i + 2;
        while (j < _limit)
        {
            char c = _text[j];
            if (c == '\'')
            {
                return j + 1;
            }

            if (c == '\\' && j + 1 < _limit)
            {
                j = decode ? DecodeAnsiCEscape(j) : j + 2;
                continue;
            }

            if (decode)
            {
                _value.Append(c, j, j + 1);
            }

            j++;
        }

        Report(i, "unterminated $'...' string");
        return _limit;
    }

    private int DecodeAnsiCEscape(int i)
    {
        char e = _text[i + 1];
        char? simple = e switch
        {
            'a' => '\a',
            'b' => '\b',
            'e' or 'E' => '\u001b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            'v' => '\v',
            '\\' or '\'' or '"' or '?' => e,
            _ => null,
        };
        if (simple is char decoded)
        {
            _value.Append(decoded, i, i + 2);
            return i + 2;
        }

        if (e is >= '0' and <= '7')
        {
            int end = i + 1;
            int code = 0;
            while (end < _limit && end < i + 4 && _text[end] is >= '0' and <= '7')
            {
                code = (code * 8) + (_text[end] - '0');
                end++;
            }

            _value.Append((char)(code & 0xFF), i, end);
            return end;
        }

        if (e == 'c' && i + 2 < _limit)
        {
            _value.Append((char)(_text[i + 2] & 0x1F), i, i + 3);
            return i + 3;
        }

        int maxDigits = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        int digitsEnd = i + 2;
        while (digitsEnd < _limit && digitsEnd < i + 2 + maxDigits && char.IsAsciiHexDigit(_text[digitsEnd]))
        {
            digitsEnd++;
        }

        if (digitsEnd > i + 2 &&
            int.TryParse(_text.AsSpan(i + 2, digitsEnd - i - 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int codePoint) &&
            codePoint <= 0x10FFFF && (codePoint < 0xD800 || codePoint > 0xDFFF))
        {
            _value.Append(char.ConvertFromUtf32(codePoint), i, digitsEnd);
            return digitsEnd;
        }

        // Unknown escape: bash keeps the backslash.
        _value.Append('\\', i, i + 1);
        _value.Append(e, i + 1, i + 2);
        return i + 2;
    }

    /// <summary>
    /// Opens a <c>$(</c>, <c>$((</c>, <c>&lt;(</c> or backquote and returns where scanning continues: inside it, or
    /// after it when an earlier scan of this text found where it ends (see <see cref="ShellSource.RememberClosedSubstitution"/>).
    /// </summary>
    private int OpenSubstitution(FrameKind kind, int start, int contentStart, bool inDoubleQuotes = false)
    {
        // Only command substitutions are remembered; a '$((' found there was one with a subshell inside.
        if (_source.TryGetClosedSubstitution(start, out var known) && known.End <= _limit)
        {
            bool atValueLevel = AtValueLevel;
            if (_openCodeFrames == 0)
            {
                (_substitutions ??= []).Add(new Substitution(known.ContentStart, known.End - 1, kind == FrameKind.Backquote, inDoubleQuotes));
            }

            if (atValueLevel)
            {
                _value.AppendSlice(_text, start, known.End);
            }

            return known.End;
        }

        Push(kind, start, contentStart, parenDepth: kind == FrameKind.Arithmetic ? 1 : 0, inDoubleQuotes);
        return contentStart;
    }

    private void Push(FrameKind kind, int start, int contentStart, int parenDepth = 0, bool inDoubleQuotes = false)
    {
        bool appendsRaw = kind != FrameKind.DoubleQuote && AtValueLevel;
        if (_depth == _frames.Length)
        {
            Array.Resize(ref _frames, Math.Max(4, _frames.Length * 2));
        }

        _frames[_depth++] = new Frame
        {
            Kind = kind,
            Start = start,
            ContentStart = contentStart,
            ParenDepth = parenDepth,
            AtWordStart = true,
            AtCommandStart = true,
            AppendsRawOnClose = appendsRaw,
            InDoubleQuotes = inDoubleQuotes,
            SubstitutionMark = _substitutions?.Count ?? 0,
        };
        if (IsCode(kind))
        {
            _openCodeFrames++;
        }
    }

    private void Close(int closeEnd, int contentEnd)
    {
        Frame frame = _frames[--_depth];
        if (IsCode(frame.Kind))
        {
            _openCodeFrames--;
            _source.RememberClosedSubstitution(frame.Start, frame.ContentStart, closeEnd);

            // Only the outermost substitution is recorded: parsing its body finds the ones nested in it.
            if (_openCodeFrames == 0)
            {
                AddSubstitution(frame, contentEnd);
            }
        }

        if (frame.AppendsRawOnClose)
        {
            _value.AppendSlice(_text, frame.Start, closeEnd);
        }
    }

    /// <summary>The text ended inside quotes or expansions: report it, and keep what was read, as a shell would try to.</summary>
    private void CloseUnterminatedFrames()
    {
        Report(_frames[0].Start, UnterminatedMessage(_frames[0].Kind));
        if (_depth > 1)
        {
            Report(_frames[_depth - 1].Start, UnterminatedMessage(_frames[_depth - 1].Kind));
        }

        int codeFramesBelow = 0;
        for (int k = 0; k < _depth; k++)
        {
            Frame frame = _frames[k];
            if (IsCode(frame.Kind))
            {
                if (codeFramesBelow == 0)
                {
                    AddSubstitution(frame, _limit);
                }

                codeFramesBelow++;
            }

            if (frame.AppendsRawOnClose)
            {
                _value.AppendSlice(_text, frame.Start, _limit);
            }
        }

        _depth = 0;
        _openCodeFrames = 0;
    }

    private void AddSubstitution(in Frame frame, int contentEnd) =>
        (_substitutions ??= []).Add(new Substitution(
            frame.ContentStart,
            Math.Max(frame.ContentStart, contentEnd),
            frame.Kind == FrameKind.Backquote,
            frame.InDoubleQuotes));

    private static bool IsCode(FrameKind kind) =>
        kind is FrameKind.CommandSubstitution or FrameKind.ProcessSubstitution or FrameKind.Backquote;

    private static string UnterminatedMessage(FrameKind kind) => kind switch
    {
        FrameKind.DoubleQuote => "unterminated double-quoted string",
        FrameKind.Backquote => "unterminated backquote substitution",
        FrameKind.CommandSubstitution => "missing ')' to close '$('",
        FrameKind.ProcessSubstitution => "missing ')' to close process substitution",
        FrameKind.Arithmetic => "missing '))' to close '$(('",
        FrameKind.Parameter => "missing '}' to close '${'",
        _ => "missing ')' to close array assignment",
    };

    /// <summary>Whether the word so far is <c>NAME=</c> or <c>NAME+=</c>.</summary>
    private bool IsAssignmentPrefix(int end)
    {
        int k = _start;
        if (!ShellWord.IsNameStart(_text[k]))
        {
            return false;
        }

        k++;
        while (k < end && ShellWord.IsNameChar(_text[k]))
        {
            k++;
        }

        if (k < end && _text[k] == '+')
        {
            k++;
        }

        return k == end - 1 && _text[k] == '=';
    }

    private void Report(int offset, string message) => _errors?.Report(_source.ToRoot(offset), message);
}
