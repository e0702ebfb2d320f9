using System.Text;
using CsCheck;
using DockOpt.Core.Syntax;
using DockOpt.Core.Tests.Syntax;

namespace DockOpt.Core.Tests.Properties;

/// <summary>
/// Property tests of the parser's promises (see <see cref="SyntaxInvariants"/>) on generated
/// Dockerfile-ish text and on randomly mutated corpus files.
/// </summary>
/// <remarks>
/// A failure message holds a line <c>Set seed: "..." or -e CsCheck_Seed=... to reproduce</c> and the
/// shrunk input as a C# literal. To replay it, run
/// <c>CsCheck_Seed=THE_SEED dotnet test tests/DockOpt.Core.Tests --filter FullyQualifiedName~ParserPropertyTests</c>
/// (or pass <c>seed: "THE_SEED"</c> to the Sample call). Every random choice, mutations included, is
/// drawn from CsCheck's generators, so the seed fixes the whole case (for mutations, as long as the
/// list of corpus files is the same: the file is picked by index). For a longer hunt set
/// <c>CsCheck_Iter=100000</c> or <c>CsCheck_Time=60</c> (seconds); the defaults keep this class to a
/// few seconds.
/// </remarks>
[TestClass]
public sealed class ParserPropertyTests
{
    private const int GeneratedIterations = 1_000;
    private const int MutatedIterations = 500;

    [TestMethod]
    public void Generated_text_parses_round_trips_and_keeps_every_span_inside_the_text() =>
        DockerfileGen.Input.Sample(
            input =>
            {
                SyntaxInvariants.ParseString(input.Text);
                SyntaxInvariants.ParseBytes(input.Bytes);
            },
            iter: Iterations(GeneratedIterations),
            print: input => input.ToString());

    [TestMethod]
    public void Mutated_corpus_files_parse_round_trip_and_keep_every_span_inside_the_text() =>
        Mutations.Case.Sample(
            mutated =>
            {
                var bytes = mutated.Apply();
                SyntaxInvariants.ParseBytes(bytes);
                SyntaxInvariants.ParseString(Encoding.UTF8.GetString(bytes));
            },
            iter: Iterations(MutatedIterations),
            print: mutated => mutated.ToString());

    [TestMethod]
    public void Generator_reaches_the_interesting_shapes()
    {
        // Guards the generator itself: a property that only ever sees blank files proves nothing.
        // A fixed stream keeps this test deterministic.
        var pcg = new PCG(stream: 7, seed: 20240601);
        var samples = Enumerable.Range(0, 300).Select(_ => DockerfileGen.Input.Generate(pcg, null, out Size _)).ToArray();
        var syntaxes = samples.Select(s => DockerfileSyntax.Parse(s.Text)).ToArray();

        syntaxes.Should().Contain(s => s.Instructions.Any(i => i.Heredocs.Count > 0 && i.Heredocs.Any(h => h.IsTerminated)));
        syntaxes.Should().Contain(s => s.Instructions.Any(i => i.Heredocs.Any(h => !h.IsTerminated)));
        syntaxes.Should().Contain(s => s.Instructions.Any(i => i.Form == CommandForm.Exec));
        syntaxes.Should().Contain(s => s.Instructions.Any(i => i.Comments.Count > 0));
        syntaxes.Should().Contain(s => s.Instructions.Any(i => i.Flags.Count > 0));
        syntaxes.Should().Contain(s => s.Instructions.Any(i => i.OnbuildInstruction != null));
        syntaxes.Should().Contain(s => s.Directives.Count > 0);
        syntaxes.Should().Contain(s => s.EscapeCharacter == '`');
        syntaxes.Should().Contain(s => s.Source.HasBom);
        samples.Should().Contain(s => s.HasInvalidBytes);
        samples.Should().Contain(s => s.Text.Contains('\r') && !s.Text.Contains('\n'));
    }

    /// <summary>The given count, unless CsCheck_Iter or CsCheck_Time is set: then CsCheck's own setting wins.</summary>
    private static long Iterations(long count) =>
        Environment.GetEnvironmentVariable("CsCheck_Iter") is null && Environment.GetEnvironmentVariable("CsCheck_Time") is null ? count : -1;
}

/// <summary>One generated case: the text for <c>Parse(string)</c> and the bytes for <c>Parse(SourceText.From(bytes))</c>.</summary>
internal sealed record GeneratedInput(string Text, byte[] Bytes, bool HasInvalidBytes)
{
    public override string ToString() =>
        HasInvalidBytes
            ? $"text {SyntaxInvariants.Escape(Text)}{Environment.NewLine}bytes {Convert.ToHexString(Bytes)}"
            : $"text {SyntaxInvariants.Escape(Text)}";
}

/// <summary>
/// Dockerfile-ish text built from fragments: instruction lines whose keyword, flags and arguments are
/// drawn from what the parser treats specially, here-documents with and without terminators, comments,
/// directives, and raw fragments (line endings, continuations, BOM, NUL, surrogates, random chars,
/// invalid UTF-8) dropped anywhere.
/// </summary>
internal static class DockerfileGen
{
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static readonly string[] Keywords =
    [
        "FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
        "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL",
        "ONBUILD RUN", "ONBUILD ONBUILD", "ONBUILD FROM", "ONBUILD COPY", "HEALTHCHECK CMD", "HEALTHCHECK NONE",
        "RUNN", "COPPY", "FORM", "X", "\u00C9NV", "--", "<<EOF", "[", "=",
    ];

    private static readonly string[] Flags =
    [
        "--mount=type=cache,target=/x", "--mount=type=cache,id=${TARGETARCH:-amd64},target=/root/.cache,sharing=locked",
        "--mount=type=bind,from=build,source=/a,target=/b", "--mount=type=secret,id=npm,target=/run/secrets/npm",
        "--mount=\"type=bind,target=/a b\"", "--mount=type=tmpfs", "--mount=from=0,target=/z", "--mount",
        "--from=build", "--from=0", "--from=${STAGE}", "--chown=1000:1000", "--chmod=755", "--link", "--parents",
        "--exclude=*.md", "--platform=$BUILDPLATFORM", "--platform=linux/amd64", "--network=none", "--checksum=sha256:00",
        "--interval=30s", "--retries=3", "--unknown", "--", "--=x", "---", "--mount=", "--from=",
    ];

    private static readonly string[] Words =
    [
        "alpine", "alpine:3.20", "python:${PY:-3.12}-slim", "scratch", "build", "AS", "as", "base", "0", "NONE", "CMD",
        "A=1", "B=\"two words\"", "C='single'", "D=", "=x", "=", "E=$A", "F=${A:-x}", "G=${A:+y}", "H=${A//a/b}",
        "${A%%*}", "${A#*/}", "${A:?required}", "${}", "${A", "${A:-${B:-c}}", "$", "$A", "\\$A", "a\\ b", "\"",
        "'", "\"a b\"", "'a b'", "\"unterminated", "'unterminated", "&&", "||", ";", "|", ">", "2>&1", "/app", ".",
        "./src", "*.txt", "C:\\\\app", "echo", "apt-get", "install", "-y", "--no-install-recommends", "8080/tcp",
        "SIGTERM", "root:root", "\u00E9t\u00E9", "\u65E5\u672C", "\uD83D\uDE00", "\u200B", "\uFEFF", "\0",
        "<<<EOF", "<<", "<<-", "3<<EOF", "<<EOF<<EOT", "[\"a\"]", "{", "}", "#", "# not a comment",
    ];

    private static readonly string[] Json =
    [
        "[\"/bin/sh\", \"-c\", \"echo hi\"]", "[\"a\"]", "[]", "[ ]", "[\"a\",]", "['a']", "[\"a\" \"b\"]", "[",
        "[\"unterminated", "[\"esc\\\"aped\", \"\\u0041\\n\\t\\/\"]", "[\"\\u12\"]", "[\"\\x\"]", "[1, 2]",
        "[\"a\"] trailing", "[[\"nested\"]]", "[\"tab\there\"]", "[\"\\uD83D\\uDE00\"]", "[\"a\",\r\n \"b\"]",
        "[\"C:\\\\\\\\app\"]", "[\"a\"]]", "[[[[[[[[", "]]]]",
    ];

    private static readonly string[] LineEnds = ["\n", "\n", "\n", "\r\n", "\r\n", "\r", ""];

    private static readonly string[] Continuations = ["\\\n", "\\\r\n", "\\ \t\n", "\\\r", "`\n", "`\r\n", "\\", "`"];

    private static readonly string[] Separators = [" ", " ", " ", "\t", "  ", " \\\n  ", " \\\r\n\t", " `\n ", "\\\n# comment\n", " \\\n\n ", " \\\n   \n"];

    private static readonly string[] Comments =
    [
        "# comment", "#", "   # indented comment", "#\u00FC\u00F1\u00EE\u00E7\u00F8d\u00E9 \uD83D\uDC33", "# syntax=docker/dockerfile:1",
        "# escape=`", "# escape=\\", "# escape=x", "# check=skip=all", "#SYNTAX = x", "# unknown=directive", "# escape",
    ];

    private static readonly string[] Raw =
    [
        "\n", "\r\n", "\r", "\r\r\n", "\n\n", "\t", " ", "\\", "`", "\\\n", "`\r\n", "\uFEFF", "\0", "\0\0\n", "\u00E9",
        "\u4E2D\u6587", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uFFFD", "\uFFFF", "\u2028", "\u0085", "\v", "\f", "#", "<<EOF",
        "EOF", "[", "]", "\"", "'", "${", "}", "$", "=", "--", "FROM a", "RUN", "\u0130", "\u212A",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0x80], [0xFF], [0xFE], [0xC0, 0xAF], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
        [0xF0, 0x9F, 0x98], [0xE9], [0xEF, 0xBB], [0x00, 0xFF],
    ];

    private static Gen<string> RandomCase(Gen<string> words) =>
        Gen.Select(words, Gen.Int, (word, mask) =>
        {
            var chars = word.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (((mask >> (i % 31)) & 1) == 1)
                {
                    chars[i] = char.ToLowerInvariant(chars[i]);
                }
            }

            return new string(chars);
        });

    private static readonly Gen<string> Keyword = Gen.Frequency(
        (8, RandomCase(Gen.OneOfConst(Keywords))),
        (1, Gen.String[Gen.Char['A', 'z'], 1, 12]));

    private static readonly Gen<string> RandomUnicode = Gen.String[Gen.Char['\0', '\uFFFF'], 1, 6];

    private static readonly Gen<string> Atom = Gen.Frequency(
        (10, Gen.OneOfConst(Words)),
        (2, Gen.OneOfConst(Json)),
        (1, RandomUnicode),
        (1, Gen.String[Gen.Char["ab$\\`'\"{}[]=:-#<> \t"], 1, 10]));

    private static readonly Gen<string> Separator = Gen.Frequency((6, Gen.Const(" ")), (2, Gen.OneOfConst(Separators)));

    /// <summary>An instruction line: keyword, flags, arguments (a JSON array or words), a line end or a continuation.</summary>
    private static readonly Gen<string> InstructionLine = Gen.Select(
        Gen.OneOfConst("", "", "", "  ", "\t"),
        Keyword,
        Gen.OneOfConst(Flags).Array[0, 3],
        Gen.Frequency(
            (2, Gen.OneOfConst(Json).Select(j => new[] { j })),
            (5, Atom.Array[0, 6])),
        Separator.Array[6],
        Gen.Frequency((8, Gen.OneOfConst(LineEnds)), (1, Gen.OneOfConst(Continuations))),
        (indent, keyword, flags, arguments, separators, end) =>
        {
            var builder = new StringBuilder(indent).Append(keyword);
            var s = 0;
            foreach (var part in flags.Concat(arguments))
            {
                builder.Append(separators[s++ % separators.Length]).Append(part);
            }

            return builder.Append(end).ToString();
        });

    /// <summary>A RUN/COPY/ADD with here-document markers, bodies, and terminators that match, almost match, or never come.</summary>
    private static readonly Gen<string> Heredoc = Gen.Select(
        RandomCase(Gen.OneOfConst("RUN", "COPY", "ADD", "RUN cat", "RUN python3", "COPY --chmod=755")),
        Gen.OneOfConst(("EOF", "<<EOF"), ("EOT", "<<-'EOT'"), ("EOF", "<<\"EOF\""), ("END", "3<<END"), ("X", "<<-X"), ("EOF", "<<EOF > /f"), ("A", "<<A <<B")).Array[1, 3],
        Gen.OneOfConst("echo hi", "\tindented", "", "  EOF", "EOF ", "$A ${B:-c}", "#!/bin/sh", "\\", "`", "[\"x\"]", "\u00E9\uD83D\uDE00").Array[0, 4],
        Gen.OneOfConst(0, 0, 0, 1, 2, 3, 4, 5),
        Gen.OneOfConst("\n", "\n", "\r\n"),
        (keyword, markers, body, terminator, newline) =>
        {
            var builder = new StringBuilder(keyword);
            foreach (var (_, marker) in markers)
            {
                builder.Append(' ').Append(marker);
            }

            builder.Append(newline);
            foreach (var (delimiter, _) in markers)
            {
                foreach (var line in body)
                {
                    builder.Append(line).Append(newline);
                }

                builder.Append(terminator switch
                {
                    0 => delimiter + newline,
                    1 => "\t\t" + delimiter + newline,
                    2 => delimiter,
                    3 => delimiter + " " + newline,
                    4 => string.Empty,
                    _ => delimiter.ToLowerInvariant() + newline,
                });
            }

            return builder.ToString();
        });

    private static readonly Gen<string> CommentLine = Gen.Select(Gen.OneOfConst(Comments), Gen.OneOfConst(LineEnds), (c, e) => c + e);

    private static readonly Gen<string> BlankLine = Gen.OneOfConst("\n", "\r\n", "   \n", "\t\r\n", " \t \n", "\r");

    private sealed record Chunk(string Text, byte[]? Invalid);

    private static readonly Gen<Chunk> AnyChunk = Gen.Frequency(
        (12, InstructionLine.Select(t => new Chunk(t, null))),
        (3, Heredoc.Select(t => new Chunk(t, null))),
        (3, CommentLine.Select(t => new Chunk(t, null))),
        (2, BlankLine.Select(t => new Chunk(t, null))),
        (4, Gen.OneOfConst(Raw).Select(t => new Chunk(t, null))),
        (1, RandomUnicode.Select(t => new Chunk(t, null))),
        (1, Gen.OneOfConst(InvalidUtf8).Select(b => new Chunk("\uFFFD", b))));

    /// <summary>A whole case: maybe a BOM, maybe directives at the top, then up to 40 chunks.</summary>
    public static readonly Gen<GeneratedInput> Input = Gen.Select(
        Gen.FrequencyConst((1, "\uFEFF"), (6, "")),
        CommentLine.Array[0, 2],
        AnyChunk.Array[0, 40],
        (bom, header, chunks) =>
        {
            var text = new StringBuilder(bom);
            var bytes = new List<byte>(LenientUtf8.GetBytes(bom));
            foreach (var line in header)
            {
                text.Append(line);
                bytes.AddRange(LenientUtf8.GetBytes(line));
            }

            foreach (var chunk in chunks)
            {
                text.Append(chunk.Text);
                bytes.AddRange(chunk.Invalid ?? LenientUtf8.GetBytes(chunk.Text));
            }

            return new GeneratedInput(text.ToString(), bytes.ToArray(), chunks.Any(c => c.Invalid is not null));
        });

    /// <summary>Text to splice into a corpus file: any fragment the generator knows.</summary>
    public static readonly Gen<string> Splice = Gen.Frequency(
        (3, Gen.OneOfConst(Raw)),
        (2, InstructionLine),
        (1, Heredoc),
        (1, Gen.OneOfConst(Continuations)),
        (1, Atom));
}

internal enum MutationKind
{
    InsertByte,
    ReplaceByte,
    InsertText,
    DeleteRange,
    DuplicateLine,
    SwapLines,
    LfToCrLf,
    CrLfToLf,
    LfToCr,
    Truncate,
}

/// <summary>One edit of a file; positions are taken modulo the current length so that any draw applies.</summary>
internal sealed record Mutation(MutationKind Kind, int A, int B, byte Value, string Text)
{
    public override string ToString() => Kind switch
    {
        MutationKind.InsertByte or MutationKind.ReplaceByte => $"{Kind}(at {A}, 0x{Value:X2})",
        MutationKind.InsertText => $"{Kind}(at {A}, {SyntaxInvariants.Escape(Text, 200)})",
        _ => $"{Kind}({A}, {B})",
    };

    public void ApplyTo(List<byte> bytes)
    {
        switch (Kind)
        {
            case MutationKind.InsertByte:
                bytes.Insert(A % (bytes.Count + 1), Value);
                break;
            case MutationKind.ReplaceByte when bytes.Count > 0:
                bytes[A % bytes.Count] = Value;
                break;
            case MutationKind.InsertText:
                bytes.InsertRange(A % (bytes.Count + 1), Encoding.UTF8.GetBytes(Text));
                break;
            case MutationKind.DeleteRange when bytes.Count > 0:
                var start = A % bytes.Count;
                bytes.RemoveRange(start, Math.Min(B % 64 + 1, bytes.Count - start));
                break;
            case MutationKind.DuplicateLine or MutationKind.SwapLines:
                var lines = SplitLines(bytes);
                var a = A % lines.Count;
                var b = B % lines.Count;
                if (Kind == MutationKind.DuplicateLine)
                {
                    lines.Insert(a, lines[a]);
                }
                else
                {
                    (lines[a], lines[b]) = (lines[b], lines[a]);
                }

                bytes.Clear();
                lines.ForEach(bytes.AddRange);
                break;
            case MutationKind.LfToCrLf or MutationKind.CrLfToLf or MutationKind.LfToCr:
                FlipLineEndings(bytes);
                break;
            case MutationKind.Truncate:
                bytes.RemoveRange(A % (bytes.Count + 1), bytes.Count - A % (bytes.Count + 1));
                break;
        }
    }

    /// <summary>Rewrites the line endings of every line from A to A+B (both modulo the line count) the way the kind says.</summary>
    private void FlipLineEndings(List<byte> bytes)
    {
        var lines = SplitLines(bytes);
        var first = A % lines.Count;
        var last = Math.Min(lines.Count - 1, first + B % 8);
        for (var i = first; i <= last; i++)
        {
            var line = lines[i];
            var lf = line.Length > 0 && line[^1] == '\n';
            var crlf = lf && line.Length > 1 && line[^2] == '\r';
            lines[i] = Kind switch
            {
                MutationKind.LfToCrLf when lf && !crlf => [.. line[..^1], (byte)'\r', (byte)'\n'],
                MutationKind.CrLfToLf when crlf => [.. line[..^2], (byte)'\n'],
                MutationKind.LfToCr when lf => [.. line[..^(crlf ? 2 : 1)], (byte)'\r'],
                _ => line,
            };
        }

        bytes.Clear();
        lines.ForEach(bytes.AddRange);
    }

    /// <summary>Lines with their "\n"; at least one (possibly empty) line.</summary>
    private static List<byte[]> SplitLines(List<byte> bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Count; i++)
        {
            if (bytes[i] == '\n')
            {
                lines.Add(bytes.GetRange(start, i + 1 - start).ToArray());
                start = i + 1;
            }
        }

        if (start < bytes.Count || lines.Count == 0)
        {
            lines.Add(bytes.GetRange(start, bytes.Count - start).ToArray());
        }

        return lines;
    }
}

/// <summary>A corpus file and the edits to make to it.</summary>
internal sealed record MutatedFile(string Name, byte[] Original, Mutation[] Mutations)
{
    public byte[] Apply()
    {
        var bytes = new List<byte>(Original);
        foreach (var mutation in Mutations)
        {
            mutation.ApplyTo(bytes);
        }

        return bytes.ToArray();
    }

    public override string ToString()
    {
        var bytes = Apply();
        return $"{Name} with {string.Join(", ", Mutations.Select(m => m.ToString()))}{Environment.NewLine}"
            + $"result ({bytes.Length} bytes, decoded leniently): {SyntaxInvariants.Escape(Encoding.UTF8.GetString(bytes))}";
    }
}

internal static class Mutations
{
    private static readonly byte[] InterestingBytes =
        [(byte)'\\', (byte)'`', (byte)'\n', (byte)'\r', (byte)'#', (byte)'<', (byte)'[', (byte)']', (byte)'"', (byte)'\'', (byte)'$', (byte)'{', (byte)'}', (byte)' ', (byte)'\t', (byte)'=', (byte)'-', 0x00, 0x80, 0xC3, 0xE2, 0xEF, 0xBB, 0xBF, 0xFF];

    private static readonly Lazy<(string Name, byte[] Bytes)[]> Files = new(() =>
        Corpus.Files(includeInvalid: true).Select(name => (name, File.ReadAllBytes(Corpus.PathOf(name)))).ToArray());

    private static readonly Gen<Mutation> OneMutation = Gen.Select(
        Gen.Enum<MutationKind>(),
        Gen.Int[0, int.MaxValue],
        Gen.Int[0, int.MaxValue],
        Gen.Frequency((3, Gen.OneOfConst(InterestingBytes)), (1, Gen.Byte)),
        DockerfileGen.Splice,
        (kind, a, b, value, text) => new Mutation(kind, a, b, value, kind == MutationKind.InsertText ? text : string.Empty));

    public static readonly Gen<MutatedFile> Case = Gen.Select(
        Gen.Int[0, int.MaxValue],
        OneMutation.Array[1, 8],
        (index, mutations) =>
        {
            var (name, bytes) = Files.Value[index % Files.Value.Length];
            return new MutatedFile(name, bytes, mutations);
        });
}
