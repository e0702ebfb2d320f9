using DockOpt.Core.Text;

namespace DockOpt.Core.Syntax;

/// <summary>
/// One instruction: its keyword, flags and arguments, the here-documents it carries, and the
/// comments that sit between its continuation lines.
/// </summary>
public sealed class InstructionSyntax : SyntaxNode
{
    internal InstructionSyntax(
        TextSpan fullSpan,
        TextSpan span,
        InstructionKind kind,
        string keyword,
        TextSpan keywordSpan,
        MappedText line,
        IReadOnlyList<FlagSyntax> flags,
        MappedText arguments,
        CommandForm form,
        IReadOnlyList<WordSyntax> execArguments,
        IReadOnlyList<WordSyntax> words,
        IReadOnlyList<KeyValueSyntax> keyValues,
        IReadOnlyList<HeredocSyntax> heredocs,
        IReadOnlyList<CommentSyntax> comments,
        bool hasEmptyContinuationLine,
        InstructionSyntax? onbuildInstruction)
        : base(fullSpan)
    {
        Span = span;
        Kind = kind;
        Keyword = keyword;
        KeywordSpan = keywordSpan;
        Line = line;
        Flags = flags;
        Arguments = arguments;
        Form = form;
        ExecArguments = execArguments;
        Words = words;
        KeyValues = keyValues;
        Heredocs = heredocs;
        Comments = comments;
        HasEmptyContinuationLine = hasEmptyContinuationLine;
        OnbuildInstruction = onbuildInstruction;
    }

    /// <summary>From the keyword to the end of the instruction (its last here-document terminator included), without the final line break.</summary>
    public TextSpan Span { get; }

    public InstructionKind Kind { get; }

    /// <summary>The keyword as written (case kept).</summary>
    public string Keyword { get; }

    public TextSpan KeywordSpan { get; }

    /// <summary>The instruction as BuildKit reads it: continuation lines joined, interleaved comments and blank lines dropped.</summary>
    public MappedText Line { get; }

    public IReadOnlyList<FlagSyntax> Flags { get; }

    /// <summary>Everything after the keyword and the flags, trimmed.</summary>
    public MappedText Arguments { get; }

    public TextSpan ArgumentsSpan => Arguments.ToSource(0, Arguments.Length);

    /// <summary>For RUN, CMD, ENTRYPOINT, SHELL, COPY, ADD, VOLUME and HEALTHCHECK CMD: JSON array or shell string.</summary>
    public CommandForm Form { get; }

    /// <summary>The JSON array's strings when <see cref="Form"/> is <see cref="CommandForm.Exec"/>.</summary>
    public IReadOnlyList<WordSyntax> ExecArguments { get; }

    /// <summary>The arguments split into words at unquoted blanks (for every form but exec).</summary>
    public IReadOnlyList<WordSyntax> Words { get; }

    /// <summary>ENV, LABEL and ARG pairs.</summary>
    public IReadOnlyList<KeyValueSyntax> KeyValues { get; }

    public IReadOnlyList<HeredocSyntax> Heredocs { get; }

    /// <summary>Comments between continuation lines; BuildKit drops them.</summary>
    public IReadOnlyList<CommentSyntax> Comments { get; }

    /// <summary>True when a blank line sits inside the continuation (BuildKit warns: NoEmptyContinuation).</summary>
    public bool HasEmptyContinuationLine { get; }

    /// <summary>The instruction an ONBUILD wraps.</summary>
    public InstructionSyntax? OnbuildInstruction { get; }

    public FlagSyntax? GetFlag(string name) =>
        Flags.LastOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<FlagSyntax> GetFlags(string name) =>
        Flags.Where(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    public bool HasFlag(string name) => GetFlag(name) is not null;

    public override string ToString() => Line.Text;
}
