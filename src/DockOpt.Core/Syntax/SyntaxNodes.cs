using DockOpt.Core.Text;

namespace DockOpt.Core.Syntax;

/// <summary>
/// A top-level piece of a Dockerfile. The nodes of a file tile its text: each covers its lines
/// including their line breaks, so printing them in order gives back the input exactly.
/// </summary>
public abstract class SyntaxNode
{
    protected SyntaxNode(TextSpan fullSpan) => FullSpan = fullSpan;

    /// <summary>The node's lines, with their line breaks.</summary>
    public TextSpan FullSpan { get; }
}

/// <summary>A parser directive such as <c># syntax=docker/dockerfile:1</c> or <c># escape=`</c>.</summary>
public sealed class DirectiveSyntax(TextSpan fullSpan, string name, string value, TextSpan nameSpan, TextSpan valueSpan)
    : SyntaxNode(fullSpan)
{
    /// <summary>The directive's name, lower case.</summary>
    public string Name { get; } = name;

    public string Value { get; } = value;

    public TextSpan NameSpan { get; } = nameSpan;

    public TextSpan ValueSpan { get; } = valueSpan;
}

/// <summary>A comment line (its first non-blank character is <c>#</c>).</summary>
public sealed class CommentSyntax(TextSpan fullSpan, TextSpan span, string text) : SyntaxNode(fullSpan)
{
    /// <summary>The comment from <c>#</c> to the end of the line.</summary>
    public TextSpan Span { get; } = span;

    /// <summary>The words after <c>#</c>, trimmed.</summary>
    public string Text { get; } = text;
}

/// <summary>A line holding nothing but blanks.</summary>
public sealed class BlankLineSyntax(TextSpan fullSpan) : SyntaxNode(fullSpan);

/// <summary>A word of an instruction: as written, with its source span, and with quotes and escapes removed.</summary>
public sealed class WordSyntax(string raw, string value, TextSpan span)
{
    /// <summary>The word as written, continuation breaks removed.</summary>
    public string Raw { get; } = raw;

    /// <summary>The word with quotes and escapes removed; variable references are left as written.</summary>
    public string Value { get; } = value;

    public TextSpan Span { get; } = span;

    public override string ToString() => Raw;
}

/// <summary>An instruction flag such as <c>--from=builder</c> or <c>--link</c>.</summary>
public sealed class FlagSyntax(string name, WordSyntax? value, TextSpan span, TextSpan nameSpan)
{
    /// <summary>The flag's name without the leading dashes, as written.</summary>
    public string Name { get; } = name;

    /// <summary>The value after <c>=</c>; null for a flag written without one.</summary>
    public WordSyntax? Value { get; } = value;

    public TextSpan Span { get; } = span;

    public TextSpan NameSpan { get; } = nameSpan;
}

/// <summary>A <c>key=value</c> pair of ENV, LABEL or ARG (or the legacy <c>ENV key value</c> form).</summary>
public sealed class KeyValueSyntax(WordSyntax key, WordSyntax? value, TextSpan span, bool isLegacyForm)
{
    public WordSyntax Key { get; } = key;

    /// <summary>The value as written (may be empty); null for a bare <c>ARG name</c>.</summary>
    public WordSyntax? Value { get; } = value;

    public TextSpan Span { get; } = span;

    /// <summary>True for <c>ENV key value</c>, the form BuildKit warns about.</summary>
    public bool IsLegacyForm { get; } = isLegacyForm;

    public string Name => Key.Value;
}

/// <summary>A here-document (<c>&lt;&lt;EOF</c>) and its body.</summary>
public sealed class HeredocSyntax(
    string delimiter,
    bool stripsTabs,
    bool isQuoted,
    int? fileDescriptor,
    TextSpan markerSpan,
    TextSpan bodySpan,
    string body,
    TextSpan? terminatorSpan)
{
    public string Delimiter { get; } = delimiter;

    /// <summary>True for <c>&lt;&lt;-EOF</c>: leading tabs are removed from the body and the terminator.</summary>
    public bool StripsTabs { get; } = stripsTabs;

    /// <summary>A quoted delimiter (<c>&lt;&lt;'EOF'</c>): the body is not expanded.</summary>
    public bool IsQuoted { get; } = isQuoted;

    public int? FileDescriptor { get; } = fileDescriptor;

    /// <summary>The <c>&lt;&lt;EOF</c> word on the instruction's line.</summary>
    public TextSpan MarkerSpan { get; } = markerSpan;

    /// <summary>The body's lines with their breaks, as written (tabs not yet stripped).</summary>
    public TextSpan BodySpan { get; } = bodySpan;

    /// <summary>The body as the build sees it (leading tabs stripped for <c>&lt;&lt;-</c>).</summary>
    public string Body { get; } = body;

    /// <summary>The terminating line; null when the file ended first.</summary>
    public TextSpan? TerminatorSpan { get; } = terminatorSpan;

    public bool IsTerminated => TerminatorSpan is not null;
}

/// <summary>Whether an instruction's command was written as a JSON array or as a shell string.</summary>
public enum CommandForm
{
    None,
    Shell,
    Exec,
}
