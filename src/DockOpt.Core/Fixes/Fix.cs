using DockOpt.Core.Text;

namespace DockOpt.Core.Fixes;

/// <summary>Whether applying a fix keeps the image's behaviour.</summary>
public enum FixApplicability
{
    /// <summary>The image behaves the same; <c>fix</c> applies it by default.</summary>
    Safe,

    /// <summary>May change what the image does; applied only with <c>--unsafe-fixes</c>.</summary>
    Unsafe,
}

/// <summary>Replace the text of <see cref="Span"/> with <see cref="NewText"/>; an empty span inserts.</summary>
public sealed record TextEdit(TextSpan Span, string NewText);

/// <summary>A set of edits that resolves one finding, with a title for users and whether it is safe.</summary>
public sealed record Fix(string Title, FixApplicability Applicability, IReadOnlyList<TextEdit> Edits)
{
    public static Fix Safe(string title, params TextEdit[] edits) => new(title, FixApplicability.Safe, edits);

    public static Fix Unsafe(string title, params TextEdit[] edits) => new(title, FixApplicability.Unsafe, edits);
}
