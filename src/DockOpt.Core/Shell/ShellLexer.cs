using System.Globalization;

namespace DockOpt.Core.Shell;

internal enum TokenKind
{
    Word,
    Operator,
    Redirection,
    End,
}

internal enum OperatorKind
{
    None,
    AndIf,
    OrIf,
    Semicolon,

    /// <summary><c>;;</c>, or bash's <c>;&amp;</c> and <c>;;&amp;</c>, ending a case arm.</summary>
    CaseBreak,

    Pipe,
    Ampersand,
    LeftParenthesis,
    RightParenthesis,
    Newline,
}

/// <summary>A token; <see cref="Start"/> and <see cref="End"/> are offsets in the text being read, not yet mapped.</summary>
internal readonly record struct Token(
    TokenKind Kind,
    int Start,
    int End,
    OperatorKind Operator = OperatorKind.None,
    ShellWord? Word = null,
    ShellRedirection? Redirection = null);

/// <summary>
/// Splits shell text into words, operators and redirections. Comments, blanks and backslash-newlines between tokens
/// are skipped; here-document bodies are consumed at the newline that ends their command line, and attached to the
/// redirection that announced them.
/// </summary>
internal sealed class ShellLexer
{
    private static readonly string[] RedirectionOperators = ["<<<", "<<-", "<<", "<>", "<&", "<", ">>", ">|", ">&", ">", "&>>", "&>"];

    private readonly ShellSource _source;
    private readonly string _text;
    private readonly int _end;
    private readonly ShellErrorCollector _errors;
    private readonly List<PendingHereDocument> _pendingHereDocuments = [];
    private readonly ValueBuilder _value = new();
    private int _pos;

    public ShellLexer(ShellSource source, int start, int end, ShellErrorCollector errors)
    {
        _source = source;
        _text = source.Text;
        _pos = start;
        _end = end;
        _errors = errors;
    }

    public Token Next()
    {
        while (true)
        {
            SkipBlanks();
            if (_pos >= _end)
            {
                return new Token(TokenKind.End, _end, _end);
            }

            char c = _text[_pos];
            char next = _pos + 1 < _end ? _text[_pos + 1] : '\0';
            switch (c)
            {
                case '#':
                    int newline = _text.IndexOf('\n', _pos, _end - _pos);
                    _pos = newline < 0 ? _end : newline;
                    continue;
                case '\n':
                    int newlineAt = _pos++;
                    ReadHereDocumentBodies();
                    return new Token(TokenKind.Operator, newlineAt, newlineAt + 1, OperatorKind.Newline);
                case ';':
                    return LexSemicolon();
                case '&' when next == '>':
                    return LexRedirection(_pos, fileDescriptor: null);
                case '&':
                    return Operator(next == '&' ? OperatorKind.AndIf : OperatorKind.Ampersand, next == '&' ? 2 : 1);
                case '|':
                    // '|&' (bash) pipes standard error too.
                    return Operator(next == '|' ? OperatorKind.OrIf : OperatorKind.Pipe, next is '|' or '&' ? 2 : 1);
                case '(':
                    return Operator(OperatorKind.LeftParenthesis, 1);
                case ')':
                    return Operator(OperatorKind.RightParenthesis, 1);
                case '<' or '>' when next != '(':
                    return LexRedirection(_pos, fileDescriptor: null);
                default:
                    if (LexWord() is Token word)
                    {
                        return word;
                    }

                    continue;
            }
        }
    }

    private void SkipBlanks()
    {
        while (_pos < _end)
        {
            char c = _text[_pos];
            if (c is ' ' or '\t' or '\r')
            {
                _pos++;
            }
            else if (c == '\\' && _pos + 1 < _end && _text[_pos + 1] == '\n')
            {
                _pos += 2;
            }
            else if (c == '\\' && _pos + 2 < _end && _text[_pos + 1] == '\r' && _text[_pos + 2] == '\n')
            {
                _pos += 3;
            }
            else
            {
                return;
            }
        }
    }

    private Token Operator(OperatorKind kind, int length)
    {
        int start = _pos;
        _pos += length;
        return new Token(TokenKind.Operator, start, _pos, kind);
    }

    private Token LexSemicolon()
    {
        if (_text.AsSpan(_pos, _end - _pos).StartsWith(";;&"))
        {
            return Operator(OperatorKind.CaseBreak, 3);
        }

        char next = _pos + 1 < _end ? _text[_pos + 1] : '\0';
        return next is ';' or '&' ? Operator(OperatorKind.CaseBreak, 2) : Operator(OperatorKind.Semicolon, 1);
    }

    private Token? LexWord()
    {
        int start = _pos;
        var word = WordScanner.Scan(_source, start, _end, _errors, _value);
        int end = word.Origin.End;
        if (end == start)
        {
            // Cannot happen (the caller dispatched every terminator); guarantees progress regardless.
            _pos = start + 1;
            _errors.Report(_source.ToRoot(start), $"unexpected '{_text[start]}'");
            return null;
        }

        _pos = end;

        // 2>&1, 3<file: a number immediately before a redirection operator is its file descriptor.
        if (_pos < _end && _text[_pos] is '<' or '>' &&
            !(_pos + 1 < _end && _text[_pos + 1] == '(') &&
            word.Raw.All(char.IsAsciiDigit) &&
            int.TryParse(word.Raw, NumberStyles.None, CultureInfo.InvariantCulture, out int fileDescriptor))
        {
            return LexRedirection(start, fileDescriptor);
        }

        return new Token(TokenKind.Word, start, end, Word: word);
    }

    private Token LexRedirection(int start, int? fileDescriptor)
    {
        string op = LongestRedirectionOperator();
        _pos += op.Length;
        int end = _pos;
        SkipBlanks();

        ShellWord? target = null;
        if (_pos < _end && StartsTarget(_pos))
        {
            target = WordScanner.Scan(_source, _pos, _end, _errors, _value);
            _pos = end = target.Origin.End;
        }
        else
        {
            _errors.Report(_source.ToRoot(start), $"missing target after '{op}'");
        }

        var kind = KindOf(op);
        var redirection = new ShellRedirection(op, kind, fileDescriptor, target, _source.ToRoot(start), _source.ToRootEnd(start, end));
        if (kind == ShellRedirectionKind.HereDocument && target is not null)
        {
            _pendingHereDocuments.Add(new PendingHereDocument(redirection, target, StripsTabs: op == "<<-"));
        }

        return new Token(TokenKind.Redirection, start, end, Redirection: redirection);
    }

    private string LongestRedirectionOperator()
    {
        var remaining = _text.AsSpan(_pos, _end - _pos);
        foreach (string op in RedirectionOperators)
        {
            if (remaining.StartsWith(op))
            {
                return op;
            }
        }

        throw new InvalidOperationException("LexRedirection is only called at '<', '>' or '&>'.");
    }

    private bool StartsTarget(int i)
    {
        char c = _text[i];
        if (c is '<' or '>')
        {
            return i + 1 < _end && _text[i + 1] == '('; // < <(command)
        }

        return c != '#' && !WordScanner.IsWordTerminator(c);
    }

    /// <summary>Reads the bodies of the here-documents announced on the line that just ended.</summary>
    private void ReadHereDocumentBodies()
    {
        foreach (var pending in _pendingHereDocuments)
        {
            string delimiter = pending.Delimiter.Value;
            int bodyStart = _pos;
            int bodyEnd = -1;
            while (_pos < _end)
            {
                int newline = _text.IndexOf('\n', _pos, _end - _pos);
                int lineEnd = newline < 0 ? _end : newline;
                int contentStart = _pos;
                while (pending.StripsTabs && contentStart < lineEnd && _text[contentStart] == '\t')
                {
                    contentStart++;
                }

                int contentEnd = lineEnd > contentStart && _text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
                int lineStart = _pos;
                _pos = newline < 0 ? _end : newline + 1;
                if (_text.AsSpan(contentStart, contentEnd - contentStart).SequenceEqual(delimiter))
                {
                    bodyEnd = lineStart;
                    break;
                }
            }

            if (bodyEnd < 0)
            {
                bodyEnd = _end;
                _errors.Report(pending.Redirection.Start, $"here-document is not terminated by '{delimiter}'");
            }

            string body = _text[bodyStart..bodyEnd];
            if (pending.StripsTabs)
            {
                body = StripLeadingTabs(body);
            }

            // A quoted delimiter ('EOF', "EOF", \EOF) turns expansion in the body off.
            bool expands = pending.Delimiter.Raw.IndexOfAny(['\'', '"', '\\']) < 0;
            pending.Redirection.HereDocument = new ShellHereDocument(
                delimiter,
                body,
                _source.ToRoot(bodyStart),
                _source.ToRootEnd(bodyStart, bodyEnd),
                expands,
                pending.StripsTabs);
        }

        _pendingHereDocuments.Clear();
    }

    private static string StripLeadingTabs(string body)
    {
        var lines = body.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimStart('\t');
        }

        return string.Join('\n', lines);
    }

    private static ShellRedirectionKind KindOf(string op) => op switch
    {
        "<" => ShellRedirectionKind.Input,
        ">" => ShellRedirectionKind.Output,
        ">>" => ShellRedirectionKind.Append,
        ">|" => ShellRedirectionKind.Clobber,
        "<>" => ShellRedirectionKind.ReadWrite,
        "<&" => ShellRedirectionKind.DuplicateInput,
        ">&" => ShellRedirectionKind.DuplicateOutput,
        "<<" or "<<-" => ShellRedirectionKind.HereDocument,
        "<<<" => ShellRedirectionKind.HereString,
        "&>" => ShellRedirectionKind.OutputAndError,
        _ => ShellRedirectionKind.AppendOutputAndError,
    };

    private sealed record PendingHereDocument(ShellRedirection Redirection, ShellWord Delimiter, bool StripsTabs);
}
