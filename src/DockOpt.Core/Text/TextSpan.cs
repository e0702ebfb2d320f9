namespace DockOpt.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a <see cref="SourceText"/>.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End == Start;

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public TextSpan Union(TextSpan other) => new(Math.Min(Start, other.Start), Math.Max(End, other.End));

    public override string ToString() => $"[{Start}..{End})";
}

/// <summary>A 1-based line and a 1-based column counted in UTF-16 code units.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line},{Column}";
}

/// <summary>Where a span sits in a file, as editors and compilers report it. <see cref="EndColumn"/> is exclusive.</summary>
public readonly record struct Location(int Line, int Column, int EndLine, int EndColumn)
{
    public LinePosition StartPosition => new(Line, Column);

    public LinePosition EndPosition => new(EndLine, EndColumn);

    public override string ToString() => $"({Line},{Column},{EndLine},{EndColumn})";
}
