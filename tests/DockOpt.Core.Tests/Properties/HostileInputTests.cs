using System.Text;
using DockOpt.Core.Syntax;
using DockOpt.Core.Tests.Syntax;

namespace DockOpt.Core.Tests.Properties;

/// <summary>
/// Inputs built to hurt: huge, deep, or not text at all. Each must parse without an exception, print
/// back exactly, and keep every span inside the text (see <see cref="SyntaxInvariants"/>). Nothing
/// here measures time; a test that gets slow points at work that is no longer linear in the input.
/// </summary>
[TestClass]
public sealed class HostileInputTests
{
    private const int MiB = 1024 * 1024;

    [TestMethod]
    public void Ten_megabytes_of_instructions_parse_and_round_trip()
    {
        // The valid corpus files end to end until 10 MiB: real instructions, heredocs, continuations, CRLF, a BOM mid-file.
        var files = Corpus.Files(includeInvalid: false).Select(name => File.ReadAllBytes(Corpus.PathOf(name))).ToArray();
        var bytes = new List<byte>(10 * MiB + 64 * 1024);
        for (var i = 0; bytes.Count < 10 * MiB; i++)
        {
            bytes.AddRange(files[i % files.Length]);
            bytes.Add((byte)'\n');
        }

        // The model is left out: it is not what this test is about, and it grows faster than linearly with the number of stages.
        var syntax = SyntaxInvariants.ParseBytes(bytes.ToArray(), buildModel: false);

        syntax.Source.IsValidUtf8.Should().BeTrue();
        syntax.Instructions.Count.Should().BeGreaterThan(100_000);
    }

    [TestMethod]
    public void Hundred_thousand_continuation_lines_make_one_run()
    {
        var text = new StringBuilder("FROM alpine:3.20\nRUN set -eux; \\\n");
        for (var i = 0; i < 100_000; i++)
        {
            text.Append(i % 10 == 9 ? "    # step note\n" : "    echo step && \\\n");
        }

        text.Append("    true\n");

        var syntax = SyntaxInvariants.ParseString(text.ToString());

        syntax.Instructions.Should().HaveCount(2);
        var run = syntax.Instructions[1];
        run.Kind.Should().Be(InstructionKind.Run);
        run.Comments.Should().HaveCount(10_000);
        run.FullSpan.End.Should().Be(syntax.Source.Length);
        syntax.Errors.Should().BeEmpty();
    }

    [TestMethod]
    public void One_megabyte_single_line_parses_and_round_trips()
    {
        var text = new StringBuilder("FROM alpine:3.20\nRUN ", MiB + 64);
        while (text.Length < MiB)
        {
            text.Append("echo 0123456789 && ");
        }

        text.Append("true");

        var syntax = SyntaxInvariants.ParseString(text.ToString());

        syntax.Instructions.Should().HaveCount(2);
        syntax.Instructions[1].Words.Count.Should().BeGreaterThan(150_000);
        syntax.Errors.Should().BeEmpty();
    }

    [TestMethod]
    public void Hundred_thousand_nested_brackets_in_cmd_fall_back_to_shell_form()
    {
        var open = "FROM alpine:3.20\nCMD " + new string('[', 100_000) + "\n";
        var balanced = "FROM alpine:3.20\nCMD " + new string('[', 100_000) + "\"sh\"" + new string(']', 100_000) + "\n";

        foreach (var text in new[] { open, balanced })
        {
            var syntax = SyntaxInvariants.ParseString(text);

            syntax.Instructions.Should().HaveCount(2);
            syntax.Instructions[1].Form.Should().Be(CommandForm.Shell);
        }
    }

    [TestMethod]
    public void Fifty_thousand_heredoc_markers_on_one_line_are_read()
    {
        var markers = new StringBuilder("FROM alpine:3.20\nRUN");
        markers.Insert(markers.Length, " <<EOF", 50_000).Append('\n');
        var terminated = new StringBuilder(markers.ToString()).Insert(markers.Length, "echo body\nEOF\n", 50_000).Append("CMD [\"sh\"]\n").ToString();
        var unterminated = markers.ToString() + "echo body\n";

        var syntax = SyntaxInvariants.ParseString(terminated);
        syntax.Instructions.Should().HaveCount(3);
        syntax.Instructions[1].Heredocs.Should().HaveCount(50_000).And.OnlyContain(h => h.IsTerminated && h.Body == "echo body\n");
        syntax.Errors.Should().BeEmpty();

        syntax = SyntaxInvariants.ParseString(unterminated);
        syntax.Instructions.Should().HaveCount(2);
        syntax.Instructions[1].Heredocs.Should().HaveCount(50_000);
        syntax.Errors.Should().HaveCount(50_000);
    }

    [TestMethod]
    public void Megabyte_of_invalid_utf8_and_nul_bytes_parses_and_prints_back_the_decoded_text()
    {
        // Fixed seed: the same megabyte every run. No "<<": one here-document would swallow the rest of the file.
        var random = new Random(20240601);
        byte[][] palette =
        [
            [0x00], [0x00, 0x00], [(byte)'\n'], [(byte)'\r', (byte)'\n'], [(byte)'\r'], [(byte)' '], [(byte)'\\'], [(byte)'#'],
            [(byte)'['], [(byte)'"'], [(byte)'$', (byte)'{'], "RUN "u8.ToArray(), "FROM a\n"u8.ToArray(),
            "E"u8.ToArray(), [0x80], [0xFF], [0xFE], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xEF, 0xBB, 0xBF], [0xC3, 0xA9], [0xF0, 0x9F, 0x90, 0xB3],
        ];
        var bytes = new List<byte>(MiB + 8);
        while (bytes.Count < MiB)
        {
            bytes.AddRange(palette[random.Next(palette.Length)]);
        }

        var syntax = SyntaxInvariants.ParseBytes(bytes.ToArray());

        syntax.Source.IsValidUtf8.Should().BeFalse();
        syntax.Instructions.Count.Should().BeGreaterThan(10_000);
    }

    [TestMethod]
    public void Megabyte_of_nul_bytes_on_one_line_round_trips_byte_for_byte()
    {
        // NUL is valid UTF-8, so a file of nothing else must come back byte for byte.
        var syntax = SyntaxInvariants.ParseBytes(new byte[MiB]);

        syntax.Source.IsValidUtf8.Should().BeTrue();
        syntax.Nodes.Should().ContainSingle();
    }

    [TestMethod]
    public void Megabyte_of_nul_lines_round_trips_byte_for_byte()
    {
        // 524,288 lines of one NUL each: every line is an unknown instruction with its own error.
        var bytes = new byte[MiB];
        for (var i = 1; i < bytes.Length; i += 2)
        {
            bytes[i] = (byte)'\n';
        }

        var syntax = SyntaxInvariants.ParseBytes(bytes);

        syntax.Source.IsValidUtf8.Should().BeTrue();
        syntax.Instructions.Should().HaveCount(MiB / 2);
    }

    [TestMethod]
    public void Files_of_only_escape_characters_parse_and_round_trip()
    {
        string[] inputs =
        [
            "\\",
            "\\\n",
            "\uFEFF\\",
            new string('\\', MiB),
            new StringBuilder().Insert(0, "\\\n", MiB / 2).ToString(),
            new StringBuilder().Insert(0, "\\\r\n", MiB / 3).ToString(),
            "# escape=`\n" + new string('`', MiB),
            "# escape=`\n" + new StringBuilder().Insert(0, "`\r\n", MiB / 3).ToString(),
        ];

        foreach (var text in inputs)
        {
            SyntaxInvariants.ParseString(text);
            SyntaxInvariants.ParseBytes(Encoding.UTF8.GetBytes(text));
        }
    }

    [TestMethod]
    public void Hundred_thousand_nested_variable_references_parse_and_round_trip()
    {
        // WordLexer.Unquote keeps ${...} as written, so the parser scans the nesting once.
        var text = "FROM alpine:3.20\nENV X=" + new StringBuilder().Insert(0, "${A:-", 100_000) + "x" + new string('}', 100_000) + "\n";

        var syntax = SyntaxInvariants.ParseString(text, buildModel: false);

        syntax.Instructions[1].KeyValues.Should().ContainSingle();
    }

    [TestMethod]
    public void Hundred_thousand_nested_variable_references_build_a_model()
    {
        var text = "FROM alpine:3.20\nENV X=" + new StringBuilder().Insert(0, "${A:-", 100_000) + "x" + new string('}', 100_000) + "\n";

        SyntaxInvariants.ParseString(text, buildModel: true);
    }
}
