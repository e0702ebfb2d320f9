using System.Globalization;
using System.Text;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Tests.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Properties;

/// <summary>
/// The promises the parser makes about any input, checked without FluentAssertions so that they stay
/// cheap on megabyte inputs and on thousands of generated ones: it never throws, printing the tree
/// gives back the input, the nodes tile the text, and every span lies inside the text.
/// </summary>
internal static class SyntaxInvariants
{
    /// <summary>Parses <paramref name="bytes"/> as a file would be read, checks every promise and returns the tree.</summary>
    public static DockerfileSyntax ParseBytes(byte[] bytes, bool buildModel = true)
    {
        var source = SourceText.From(bytes);
        var syntax = DockerfileSyntax.Parse(source);
        Check(syntax, source.Text);
        if (source.IsValidUtf8)
        {
            var printed = syntax.ToBytes();
            if (!printed.AsSpan().SequenceEqual(bytes))
            {
                Fail($"ToBytes() differs from the input bytes ({printed.Length} bytes printed, {bytes.Length} read){FirstDifference(printed, bytes)}");
            }
        }

        if (buildModel)
        {
            BuildModel(syntax);
        }

        return syntax;
    }

    /// <summary>Parses <paramref name="text"/> as an editor buffer would be, checks every promise and returns the tree.</summary>
    public static DockerfileSyntax ParseString(string text, bool buildModel = true)
    {
        var syntax = DockerfileSyntax.Parse(text);
        var expected = text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        if (!string.Equals(syntax.Source.Text, expected, StringComparison.Ordinal))
        {
            Fail($"SourceText.From(string) changed the text{FirstDifference(syntax.Source.Text, expected)}");
        }

        Check(syntax, expected);
        if (buildModel)
        {
            BuildModel(syntax);
        }

        return syntax;
    }

    /// <summary>The round trip, the tiling of the nodes and the bounds of every span of a parsed tree.</summary>
    public static void Check(DockerfileSyntax syntax, string text)
    {
        var printed = syntax.ToFullString();
        if (!string.Equals(printed, text, StringComparison.Ordinal))
        {
            Fail($"ToFullString() differs from the input ({printed.Length} chars printed, {text.Length} read){FirstDifference(printed, text)}");
        }

        var length = syntax.Source.Length;
        var expectedStart = 0;
        for (var i = 0; i < syntax.Nodes.Count; i++)
        {
            var node = syntax.Nodes[i];
            var span = node.FullSpan;
            if (span.Start != expectedStart || span.End <= span.Start || span.End > length)
            {
                Fail($"node {i} ({node.GetType().Name}) has FullSpan {span}; expected a non-empty span starting at {expectedStart} and ending by {length}");
            }

            expectedStart = span.End;
            CheckNodeSpans(node, span, length);
        }

        if (expectedStart != length)
        {
            Fail($"the nodes end at {expectedStart} but the text is {length} chars long");
        }

        foreach (var error in syntax.Errors)
        {
            CheckSpan(error.Span, length, new TextSpan(0, length), "error", detail: error.Message);
            _ = syntax.Source.GetLocation(error.Span);
        }
    }

    /// <summary>Builds the semantic model and walks what it computes lazily, so that it has to run to the end.</summary>
    public static DockerfileModel BuildModel(DockerfileSyntax syntax)
    {
        var model = DockerfileModel.Build(syntax);
        foreach (var context in model.Contexts)
        {
            _ = context.IsPosixShell;
        }

        foreach (var stage in model.Stages)
        {
            _ = stage.RootImage;
            _ = stage.DisplayName;
        }

        return model;
    }

    private static void CheckNodeSpans(SyntaxNode node, TextSpan fullSpan, int length)
    {
        switch (node)
        {
            case InstructionSyntax instruction:
                CheckInstruction(instruction, fullSpan, length);
                break;
            case CommentSyntax comment:
                CheckSpan(comment.Span, length, fullSpan, "comment");
                break;
            case DirectiveSyntax directive:
                CheckSpan(directive.NameSpan, length, fullSpan, "directive name", detail: directive.Name);
                CheckSpan(directive.ValueSpan, length, fullSpan, "directive value", detail: directive.Name);
                break;
        }
    }

    /// <summary>Every span <see cref="Corpus.SpansOf"/> knows plus the ones it leaves out, for the instruction and the one an ONBUILD wraps.</summary>
    private static void CheckInstruction(InstructionSyntax instruction, TextSpan container, int length)
    {
        foreach (var span in Corpus.SpansOf(instruction))
        {
            CheckSpan(span, length, container, "span from Corpus.SpansOf", instruction);
        }

        CheckSpan(instruction.ArgumentsSpan, length, container, "arguments", instruction);
        CheckSpan(instruction.Line.ToSource(0, instruction.Line.Length), length, container, "logical line", instruction);
        foreach (var flag in instruction.Flags)
        {
            CheckSpan(flag.NameSpan, length, container, "flag name", instruction, flag.Name);
            if (flag.Value is not null)
            {
                CheckSpan(flag.Value.Span, length, container, "flag value", instruction, flag.Name);
            }
        }

        foreach (var pair in instruction.KeyValues)
        {
            CheckSpan(pair.Key.Span, length, container, "key", instruction, pair.Key.Raw);
            if (pair.Value is not null)
            {
                CheckSpan(pair.Value.Span, length, container, "value", instruction, pair.Key.Raw);
            }
        }

        foreach (var heredoc in instruction.Heredocs)
        {
            if (heredoc.TerminatorSpan is { } terminator)
            {
                CheckSpan(terminator, length, container, "here-document terminator", instruction, heredoc.Delimiter);
            }
        }

        foreach (var comment in instruction.Comments)
        {
            CheckSpan(comment.FullSpan, length, container, "interleaved comment line", instruction);
            CheckSpan(comment.Span, length, container, "interleaved comment", instruction);
        }

        if (instruction.OnbuildInstruction is { } inner)
        {
            CheckInstruction(inner, container, length);
        }
    }

    /// <summary>A span must be ordered, lie inside [0, length], and inside the node it belongs to. The message is built only on failure.</summary>
    private static void CheckSpan(TextSpan span, int length, TextSpan container, string label, InstructionSyntax? owner = null, string? detail = null)
    {
        if (span.Start >= 0 && span.End >= span.Start && span.End <= length && container.Contains(span))
        {
            return;
        }

        var what = owner is null ? label : $"{owner.Keyword} at {owner.FullSpan}: {label}";
        if (detail is not null)
        {
            what += $" '{detail}'";
        }

        Fail(span.Start < 0 || span.End < span.Start || span.End > length
            ? $"{what}: span {span} is not inside [0, {length}]"
            : $"{what}: span {span} is not inside its node {container}");
    }

    private static void Fail(string message) => throw new AssertFailedException(message);

    private static string FirstDifference(string actual, string expected)
    {
        var i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i])
        {
            i++;
        }

        return $"; first difference at char {i}: got {Escape(Window(actual, i))}, expected {Escape(Window(expected, i))}";

        static string Window(string s, int at) => s.Substring(Math.Min(at, s.Length), Math.Min(20, Math.Max(0, s.Length - at)));
    }

    private static string FirstDifference(byte[] actual, byte[] expected)
    {
        var i = 0;
        while (i < actual.Length && i < expected.Length && actual[i] == expected[i])
        {
            i++;
        }

        return $"; first difference at byte {i}";
    }

    /// <summary>A C# string literal for <paramref name="text"/>, so that a failing input can be pasted into a regression test.</summary>
    public static string Escape(string text, int max = 4000)
    {
        var builder = new StringBuilder(Math.Min(text.Length, max) + 16).Append('"');
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ when c < ' ' || c > '~' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        builder.Append('"');
        return text.Length > max ? builder.Append($" /* first {max} of {text.Length} chars */").ToString() : builder.ToString();
    }
}
