using System.Text;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Text;

namespace DockOpt.Core.Syntax;

/// <summary>The concrete syntax tree of a Dockerfile: every byte of the input belongs to exactly one node.</summary>
public sealed class DockerfileSyntax
{
    internal DockerfileSyntax(SourceText source, IReadOnlyList<SyntaxNode> nodes, IReadOnlyList<SyntaxError> errors, char escapeCharacter)
    {
        Source = source;
        Nodes = nodes;
        Errors = errors;
        EscapeCharacter = escapeCharacter;
        Directives = nodes.OfType<DirectiveSyntax>().ToArray();
        Instructions = nodes.OfType<InstructionSyntax>().ToArray();
    }

    public SourceText Source { get; }

    /// <summary>Directives, comments, blank lines and instructions in file order.</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    public IReadOnlyList<DirectiveSyntax> Directives { get; }

    public IReadOnlyList<InstructionSyntax> Instructions { get; }

    /// <summary>What the parser recovered from; each becomes a DOPT0001 finding.</summary>
    public IReadOnlyList<SyntaxError> Errors { get; }

    /// <summary>The escape character in force: backslash, or the backtick of <c># escape=`</c>.</summary>
    public char EscapeCharacter { get; }

    public DirectiveSyntax? GetDirective(string name) =>
        Directives.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Prints the tree: the input's characters, exactly.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder(Source.Length);
        foreach (var node in Nodes)
        {
            builder.Append(Source.Text, node.FullSpan.Start, node.FullSpan.Length);
        }

        return builder.ToString();
    }

    /// <summary>Prints the tree as bytes: byte order mark included, the input's bytes exactly when it was valid UTF-8.</summary>
    public byte[] ToBytes() => SourceText.Encode(ToFullString(), Source.HasBom);

    public static DockerfileSyntax Parse(string text, string? path = null) => DockerfileParser.Parse(SourceText.From(text, path));

    public static DockerfileSyntax Parse(SourceText source) => DockerfileParser.Parse(source);
}
