namespace DockOpt.Core.Shell;

/// <summary>
/// Turns the tokens of one <see cref="ParseJob"/> into <see cref="ShellCommand"/>s. Compound commands (groups,
/// subshells, if, while, until, for, case, function bodies) are tracked on an explicit stack of frames, never by
/// recursion, so deeply nested input costs heap, not call stack. The parser does not build a syntax tree: rules need
/// the simple commands and how they are connected, which is what it records.
/// </summary>
internal sealed class CommandListParser
{
    /// <summary>How far down the stack a closing word looks for its opener before it is reported as unexpected.</summary>
    private const int MaxRecoverySearch = 8;

    private enum FrameKind
    {
        Subshell,
        BraceGroup,
        If,
        Loop,
        For,
        Case,
    }

    private enum FrameState
    {
        Body,
        Condition,
        ForName,
        ForAfterName,
        ForWords,
        ForExpectDo,
        CaseSubject,
        CaseExpectIn,
        CasePatternStart,
        CasePatterns,
    }

    private enum FunctionState
    {
        None,
        ExpectName,
        ExpectParenthesisOrBody,
        ExpectCloseParenthesis,
    }

    private readonly ParseJob _job;
    private readonly ParseSession _session;
    private readonly ShellSource _source;
    private readonly ShellLexer _lexer;
    private readonly List<Frame> _frames = [];
    private readonly Action<ShellCommand> _addCommand;
    private readonly CommandBuilder _reusableBuilder = new();

    private CommandBuilder? _builder;
    private FunctionState _function;

    // How the next command connects to what came before it.
    private ShellOperator _pendingOperator;
    private ShellCommand? _pendingPipeSource;
    private int _pipelineStage;
    private bool _negateNext;

    /// <summary>At the start of a list or after an operator, where a newline separates nothing.</summary>
    private bool _expectCommand = true;

    /// <summary>The command whose <see cref="ShellCommand.After"/> the next operator sets.</summary>
    private ShellCommand? _awaitingAfter;

    /// <summary>The innermost command of the last simple command, which a following '|' pipes from.</summary>
    private ShellCommand? _lastCompleted;

    /// <summary>How many open frames make their commands conditional (if/while conditions, groups after '||').</summary>
    private int _conditionDepth;

    public CommandListParser(ParseJob job, ParseSession session)
    {
        _job = job;
        _session = session;
        _source = job.Source;
        _lexer = new ShellLexer(job.Source, job.Start, job.End, session.Errors);
        _addCommand = session.Commands.Add;
    }

    private Frame? Top => _frames.Count > 0 ? _frames[^1] : null;

    private bool ConditionalHere => _job.InCondition || _conditionDepth > 0;

    public void Run()
    {
        while (true)
        {
            var token = _lexer.Next();
            if (token.Kind == TokenKind.End)
            {
                break;
            }

            if (HandleFunctionHeader(token) || HandleCompoundHeader(token))
            {
                continue;
            }

            switch (token.Kind)
            {
                case TokenKind.Word:
                    OnWord(token, token.Word!);
                    break;
                case TokenKind.Redirection:
                    OnRedirection(token.Redirection!);
                    break;
                default:
                    OnOperator(token);
                    break;
            }
        }

        FinishCommand();
        if (_function != FunctionState.None)
        {
            Report(_job.End, "incomplete function definition");
        }

        foreach (var frame in _frames)
        {
            _session.Errors.Report(frame.OpenedAt, $"missing '{Closer(frame.Kind)}'");
        }
    }

    private void OnWord(Token token, ShellWord word)
    {
        if (_builder is not null)
        {
            _builder.Add(word);
            return;
        }

        // Reserved words are only reserved where a command could start, and only unquoted.
        if (!word.HasExpansion && HandleReservedWord(word.Raw, token))
        {
            return;
        }

        StartCommand().Add(word);
    }

    private void OnRedirection(ShellRedirection redirection)
    {
        if (_builder is null && !_expectCommand)
        {
            // '} > file', 'done < <(find ...)': the redirection applies to the compound command just closed.
            // Its target can still run commands.
            if (redirection.Target is not null)
            {
                ScheduleSubstitutions(redirection.Target, ConditionalHere);
            }

            return;
        }

        (_builder ?? StartCommand()).Add(redirection);
    }

    private void OnOperator(Token token)
    {
        switch (token.Operator)
        {
            case OperatorKind.LeftParenthesis:
                OnLeftParenthesis(token);
                break;
            case OperatorKind.RightParenthesis:
                FinishCommand();
                CloseFrame(k => k == FrameKind.Subshell, ")", token);
                break;
            case OperatorKind.Newline:
                if (_builder is not null || !_expectCommand)
                {
                    Separate(ShellOperator.Sequence, token);
                }

                break;
            case OperatorKind.Semicolon:
                Separate(ShellOperator.Sequence, token);
                break;
            case OperatorKind.Ampersand:
                Separate(ShellOperator.Background, token);
                break;
            case OperatorKind.AndIf:
                Separate(ShellOperator.And, token);
                break;
            case OperatorKind.OrIf:
                Separate(ShellOperator.Or, token);
                break;
            case OperatorKind.Pipe:
                Separate(ShellOperator.Pipe, token);
                break;
            case OperatorKind.CaseBreak:
                FinishCommand();
                if (Top is { Kind: FrameKind.Case, State: FrameState.Body } caseFrame)
                {
                    SetState(caseFrame, FrameState.CasePatternStart);
                    StartList();
                }
                else
                {
                    Report(token, $"unexpected '{TextOf(token)}' outside a case statement");
                    StartList();
                }

                break;
        }
    }

    private void OnLeftParenthesis(Token token)
    {
        if (_builder is not null)
        {
            if (_builder.IsSingleLiteralWord)
            {
                // name() compound-command: a function definition, not a command named 'name'.
                _builder = null;
                _function = FunctionState.ExpectCloseParenthesis;
                return;
            }

            Report(token, "unexpected '('");
            return;
        }

        OpenFrame(FrameKind.Subshell, FrameState.Body, token);
    }

    /// <summary>Ends the current command at an operator and records how the next one connects to it.</summary>
    private void Separate(ShellOperator op, Token token)
    {
        bool finished = FinishCommand();
        if (!finished && _expectCommand)
        {
            // '&& b' at the start, '; ;', '| |': nothing to connect. Keep the connection that was pending.
            Report(token, $"unexpected '{TextOf(token)}'");
            return;
        }

        _awaitingAfter?.ConnectNext(op);
        _awaitingAfter = null;
        if (op == ShellOperator.Pipe)
        {
            _pendingPipeSource = _lastCompleted;
            _pipelineStage++;
        }
        else
        {
            _pendingPipeSource = null;
            _pipelineStage = 0;
        }

        _pendingOperator = op;
        _expectCommand = true;
    }

    private CommandBuilder StartCommand()
    {
        var link = new CommandLink { Before = _pendingOperator, PipedFrom = _pendingPipeSource, PipelineIndex = _pipelineStage };
        var context = new CommandContext(
            _job.InSubstitution,
            ConditionalHere || _pendingOperator == ShellOperator.Or,
            _negateNext);
        _builder = _reusableBuilder;
        _builder.Reset(link, context);
        _pendingOperator = ShellOperator.None;
        _pendingPipeSource = null;
        _negateNext = false;
        _expectCommand = false;
        return _builder;
    }

    private bool FinishCommand()
    {
        if (_builder is not { } builder)
        {
            return false;
        }

        _builder = null;
        var command = new ShellCommand(
            new ArraySegment<ShellWord>(builder.Words.ToArray()),
            builder.Assignments.ToArray(),
            builder.Redirections.ToArray(),
            builder.Link,
            builder.Context,
            builder.Start,
            builder.End,
            _job.WrappedBy);
        _session.Commands.Add(command);

        var innermost = CommandUnwrapper.Unwrap(command, _addCommand, out var script);
        if (script is not null)
        {
            ScheduleScript(innermost, script);
        }

        foreach (var word in builder.Assignments)
        {
            ScheduleSubstitutions(word, command.InCondition);
        }

        foreach (var word in builder.Words)
        {
            // The script string's substitutions are parsed with the script.
            if (!ReferenceEquals(word, script))
            {
                ScheduleSubstitutions(word, command.InCondition);
            }
        }

        foreach (var redirection in builder.Redirections)
        {
            if (redirection.Target is not null)
            {
                ScheduleSubstitutions(redirection.Target, command.InCondition);
            }
        }

        _awaitingAfter = command;
        _lastCompleted = innermost;
        return true;
    }

    /// <returns>Whether <paramref name="word"/> was a reserved word (and was handled).</returns>
    private bool HandleReservedWord(string word, Token token)
    {
        switch (word)
        {
            case "if":
                OpenFrame(FrameKind.If, FrameState.Condition, token);
                return true;
            case "then":
                ContinueCompound(FrameKind.If, FrameState.Condition, FrameState.Body, word, token);
                return true;
            case "elif":
                ContinueCompound(FrameKind.If, FrameState.Body, FrameState.Condition, word, token);
                return true;
            case "else":
                ContinueCompound(FrameKind.If, FrameState.Body, FrameState.Body, word, token);
                return true;
            case "fi":
                CloseFrame(k => k == FrameKind.If, word, token);
                return true;
            case "while" or "until":
                OpenFrame(FrameKind.Loop, FrameState.Condition, token);
                return true;
            case "do":
                ContinueCompound(FrameKind.Loop, FrameState.Condition, FrameState.Body, word, token);
                return true;
            case "done":
                CloseFrame(k => k is FrameKind.Loop or FrameKind.For, word, token);
                return true;
            case "for":
                OpenFrame(FrameKind.For, FrameState.ForName, token);
                return true;
            case "case":
                OpenFrame(FrameKind.Case, FrameState.CaseSubject, token);
                return true;
            case "esac":
                CloseFrame(k => k == FrameKind.Case, word, token);
                return true;
            case "{":
                OpenFrame(FrameKind.BraceGroup, FrameState.Body, token);
                return true;
            case "}":
                CloseFrame(k => k == FrameKind.BraceGroup, word, token);
                return true;
            case "!":
                _negateNext = true;
                return true;
            case "function":
                _function = FunctionState.ExpectName;
                return true;
            default:
                return false;
        }
    }

    /// <summary>then, elif, else, do: move the open compound command from one part to the next.</summary>
    private void ContinueCompound(FrameKind kind, FrameState from, FrameState to, string word, Token token)
    {
        if (Top is { } frame && frame.Kind == kind && frame.State == from)
        {
            SetState(frame, to);
            StartList();
        }
        else
        {
            Report(token, $"unexpected '{word}'");
        }
    }

    /// <summary>Function definitions: 'function name', 'name()' and 'function name()', before the body.</summary>
    private bool HandleFunctionHeader(Token token)
    {
        switch (_function)
        {
            case FunctionState.ExpectName:
                _function = FunctionState.None;
                if (token.Kind == TokenKind.Word)
                {
                    _function = FunctionState.ExpectParenthesisOrBody;
                    return true;
                }

                Report(token, "expected a function name after 'function'");
                return false;
            case FunctionState.ExpectParenthesisOrBody:
                if (token.Operator == OperatorKind.LeftParenthesis)
                {
                    _function = FunctionState.ExpectCloseParenthesis;
                    return true;
                }

                if (token.Operator == OperatorKind.Newline)
                {
                    return true;
                }

                // The body starts here. It runs when the function is called, not after what precedes the definition.
                _function = FunctionState.None;
                StartList();
                return false;
            case FunctionState.ExpectCloseParenthesis:
                _function = FunctionState.None;
                if (token.Operator == OperatorKind.RightParenthesis)
                {
                    StartList();
                    return true;
                }

                Report(token, "expected ')' in function definition");
                return false;
            default:
                return false;
        }
    }

    /// <summary>The parts of for and case that hold words rather than commands.</summary>
    private bool HandleCompoundHeader(Token token)
    {
        if (Top is not { } frame)
        {
            return false;
        }

        bool isWord = token.Kind == TokenKind.Word;
        string? word = isWord && token.Word!.IsLiteral ? token.Word.Raw : null;
        var op = token.Operator;
        switch (frame.State)
        {
            case FrameState.ForName:
                if (op == OperatorKind.Newline)
                {
                    return true;
                }

                if (isWord)
                {
                    SetState(frame, FrameState.ForAfterName);
                    return true;
                }

                Report(token, "expected a variable name after 'for'");
                EnterBody(frame);
                return false;
            case FrameState.ForAfterName:
                if (word == "in")
                {
                    SetState(frame, FrameState.ForWords);
                    return true;
                }

                if (word == "do")
                {
                    EnterBody(frame);
                    return true;
                }

                if (op is OperatorKind.Semicolon or OperatorKind.Newline)
                {
                    SetState(frame, FrameState.ForExpectDo);
                    return true;
                }

                Report(token, "expected 'in' or 'do' in for loop");
                EnterBody(frame);
                return false;
            case FrameState.ForWords:
                if (isWord)
                {
                    ScheduleSubstitutions(token.Word!, ConditionalHere);
                    return true;
                }

                if (op is OperatorKind.Semicolon or OperatorKind.Newline)
                {
                    SetState(frame, FrameState.ForExpectDo);
                    return true;
                }

                Report(token, "expected ';' or a newline after the for loop's words");
                EnterBody(frame);
                return false;
            case FrameState.ForExpectDo:
                if (op == OperatorKind.Newline)
                {
                    return true;
                }

                if (word == "do")
                {
                    EnterBody(frame);
                    return true;
                }

                Report(token, "expected 'do' in for loop");
                EnterBody(frame);
                return false;
            case FrameState.CaseSubject:
                if (op == OperatorKind.Newline)
                {
                    return true;
                }

                if (isWord)
                {
                    ScheduleSubstitutions(token.Word!, ConditionalHere);
                }
                else
                {
                    Report(token, "expected a word after 'case'");
                }

                SetState(frame, FrameState.CaseExpectIn);
                return true;
            case FrameState.CaseExpectIn:
                if (op == OperatorKind.Newline)
                {
                    return true;
                }

                SetState(frame, FrameState.CasePatternStart);
                if (word == "in")
                {
                    return true;
                }

                Report(token, "expected 'in' in case statement");
                return HandleCompoundHeader(token); // at most once more: the state is now CasePatternStart
            case FrameState.CasePatternStart:
                if (op is OperatorKind.Newline or OperatorKind.Semicolon or OperatorKind.CaseBreak or OperatorKind.LeftParenthesis)
                {
                    return true;
                }

                if (word == "esac")
                {
                    CloseFrame(k => k == FrameKind.Case, "esac", token);
                    return true;
                }

                if (isWord)
                {
                    ScheduleSubstitutions(token.Word!, ConditionalHere);
                    SetState(frame, FrameState.CasePatterns);
                    return true;
                }

                if (op == OperatorKind.RightParenthesis)
                {
                    EnterBody(frame);
                    return true;
                }

                Report(token, "expected a case pattern");
                return true;
            case FrameState.CasePatterns:
                if (isWord)
                {
                    ScheduleSubstitutions(token.Word!, ConditionalHere);
                    return true;
                }

                if (op == OperatorKind.RightParenthesis)
                {
                    EnterBody(frame);
                    return true;
                }

                if (op != OperatorKind.Pipe)
                {
                    Report(token, "expected ')' after case pattern");
                }

                return true;
            default:
                return false;
        }
    }

    private void OpenFrame(FrameKind kind, FrameState state, Token token)
    {
        // After '||' the whole compound command is a fallback: a || { echo failed; exit 1; }
        bool isFallback = _pendingOperator == ShellOperator.Or;
        var frame = new Frame(kind, _source.ToRoot(token.Start), _pipelineStage, isFallback);
        if (isFallback)
        {
            _conditionDepth++;
        }

        _frames.Add(frame);
        SetState(frame, state);
        _expectCommand = true;
        _awaitingAfter = null;

        // The pending connection is kept: the first command inside takes it, so in 'a && ( b )' b comes after '&&'.
    }

    /// <summary>Closes the innermost frame <paramref name="matches"/> accepts, reporting the frames left open inside it.</summary>
    private void CloseFrame(Func<FrameKind, bool> matches, string closer, Token token)
    {
        int index = -1;
        for (int k = _frames.Count - 1; k >= 0 && k >= _frames.Count - MaxRecoverySearch; k--)
        {
            if (matches(_frames[k].Kind))
            {
                index = k;
                break;
            }
        }

        if (index < 0)
        {
            Report(token, $"unexpected '{closer}'");
            return;
        }

        FinishCommand();
        while (_frames.Count - 1 > index)
        {
            var unclosed = Pop();
            _session.Errors.Report(unclosed.OpenedAt, $"missing '{Closer(unclosed.Kind)}'");
        }

        var frame = Pop();
        _pipelineStage = frame.SavedPipelineStage;
        _pendingOperator = ShellOperator.None;
        _pendingPipeSource = null;
        _negateNext = false;
        _expectCommand = false;

        // '( a; b ) | c': the operator after a group also follows its last command. After fi/done/esac the last
        // command that ran is not known.
        if (frame.Kind is not (FrameKind.Subshell or FrameKind.BraceGroup))
        {
            _awaitingAfter = null;
        }
    }

    private Frame Pop()
    {
        var frame = _frames[^1];
        _frames.RemoveAt(_frames.Count - 1);
        SetState(frame, FrameState.Body);
        if (frame.IsFallback)
        {
            _conditionDepth--;
        }

        return frame;
    }

    private void EnterBody(Frame frame)
    {
        SetState(frame, FrameState.Body);
        StartList();
    }

    private void SetState(Frame frame, FrameState state)
    {
        bool wasCondition = frame.State == FrameState.Condition;
        bool isCondition = state == FrameState.Condition;
        if (wasCondition != isCondition)
        {
            _conditionDepth += isCondition ? 1 : -1;
        }

        frame.State = state;
    }

    /// <summary>A new command list starts (after then, do, else, a case pattern): its first command follows nothing.</summary>
    private void StartList()
    {
        _pendingOperator = ShellOperator.None;
        _pendingPipeSource = null;
        _pipelineStage = 0;
        _negateNext = false;
        _awaitingAfter = null;
        _expectCommand = true;
    }

    private void ScheduleSubstitutions(ShellWord word, bool inCondition)
    {
        for (int i = 0; i < word.Substitutions.Count; i++)
        {
            var substitution = word.Substitutions[i];
            var source = word.Origin.Source;
            int start = substitution.ContentStart;
            int end = substitution.ContentEnd;
            if (substitution.IsBackquoted && source.Text.AsSpan(start, end - start).Contains('\\'))
            {
                source = UnescapeBackquoted(source, substitution);
                start = 0;
                end = source.Text.Length;
            }

            _session.Schedule(new ParseJob(source, start, end, _job.Depth + 1, InSubstitution: true, inCondition, _job.WrappedBy));
        }
    }

    /// <summary>Inside backquotes, \$, \` and \\ (and \" within double quotes) are escapes the inner shell never sees.</summary>
    private static ShellSource UnescapeBackquoted(ShellSource source, Substitution substitution)
    {
        string text = source.Text;
        var value = new ValueBuilder(trackOffsets: true);
        for (int i = substitution.ContentStart; i < substitution.ContentEnd; i++)
        {
            char c = text[i];
            bool escape = c == '\\' && i + 1 < substitution.ContentEnd &&
                (text[i + 1] is '$' or '`' or '\\' || (substitution.InDoubleQuotes && text[i + 1] == '"'));
            if (escape)
            {
                value.Append(text[i + 1], i, i + 2);
                i++;
            }
            else
            {
                value.Append(c, i, i + 1);
            }
        }

        return new ShellSource(value.ToString(), value.ToOffsetMap(source, substitution.ContentStart));
    }

    /// <summary>Queues the STRING of <c>sh -c STRING</c>, unquoted, as a script whose offsets map back into the word.</summary>
    private void ScheduleScript(ShellCommand shell, ShellWord script)
    {
        var value = new ValueBuilder(trackOffsets: true);
        var origin = script.Origin;
        WordScanner.Scan(origin.Source, origin.Start, origin.End, errors: null, value);
        string text = value.ToString();
        var source = new ShellSource(text, value.ToOffsetMap(origin.Source, origin.Start));
        _session.Schedule(new ParseJob(source, 0, text.Length, _job.Depth + 1, shell.InSubstitution, shell.InCondition, shell));
    }

    private string TextOf(Token token) => _source.Text[token.Start..token.End];

    private void Report(Token token, string message) => Report(token.Start, message);

    private void Report(int localOffset, string message) =>
        _session.Errors.Report(_source.ToRoot(localOffset), message);

    private static string Closer(FrameKind kind) => kind switch
    {
        FrameKind.Subshell => ")",
        FrameKind.BraceGroup => "}",
        FrameKind.If => "fi",
        FrameKind.Case => "esac",
        _ => "done",
    };

    private sealed class Frame(FrameKind kind, int openedAt, int savedPipelineStage, bool isFallback)
    {
        public FrameKind Kind { get; } = kind;

        public FrameState State { get; set; }

        /// <summary>Offset of the opening word in the caller's text.</summary>
        public int OpenedAt { get; } = openedAt;

        /// <summary>The pipeline stage of the list the compound command is in, restored when it closes.</summary>
        public int SavedPipelineStage { get; } = savedPipelineStage;

        public bool IsFallback { get; } = isFallback;
    }

    /// <summary>Collects one simple command; a parser reuses a single instance, as commands do not nest within a job.</summary>
    private sealed class CommandBuilder
    {
        public CommandLink Link { get; private set; } = new();

        public CommandContext Context { get; private set; }

        public List<ShellWord> Assignments { get; } = [];

        public List<ShellWord> Words { get; } = [];

        public List<ShellRedirection> Redirections { get; } = [];

        public int Start { get; private set; } = int.MaxValue;

        public int End { get; private set; }

        public void Reset(CommandLink link, CommandContext context)
        {
            Link = link;
            Context = context;
            Assignments.Clear();
            Words.Clear();
            Redirections.Clear();
            Start = int.MaxValue;
            End = 0;
        }

        public bool IsSingleLiteralWord => Words.Count == 1 && Assignments.Count == 0 && Redirections.Count == 0 && Words[0].IsLiteral;

        public void Add(ShellWord word)
        {
            if (Words.Count == 0 && ShellWord.IsAssignment(word.Raw))
            {
                Assignments.Add(word);
            }
            else
            {
                Words.Add(word);
            }

            Extend(word.Start, word.End);
        }

        public void Add(ShellRedirection redirection)
        {
            Redirections.Add(redirection);
            Extend(redirection.Start, redirection.End);
        }

        private void Extend(int start, int end)
        {
            Start = Math.Min(Start, start);
            End = Math.Max(End, end);
        }
    }
}
