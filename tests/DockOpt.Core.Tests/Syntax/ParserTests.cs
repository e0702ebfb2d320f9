using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Syntax;

[TestClass]
public sealed class ParserTests
{
    private static DockerfileSyntax Parse(string text) => DockerfileSyntax.Parse(text);

    private static string At(DockerfileSyntax syntax, TextSpan span) => syntax.Source[span];

    [TestMethod]
    public void Instruction_keyword_and_arguments_are_read()
    {
        var syntax = Parse("FROM python:3.12-slim AS build\n");

        var from = syntax.Instructions.Single();
        from.Kind.Should().Be(InstructionKind.From);
        from.Words.Select(w => w.Value).Should().Equal("python:3.12-slim", "AS", "build");
        syntax.Errors.Should().BeEmpty();
    }

    [TestMethod]
    public void Keywords_are_case_insensitive_and_kept_as_written()
    {
        var instruction = Parse("from alpine\nrun echo hi\n").Instructions[1];

        instruction.Kind.Should().Be(InstructionKind.Run);
        instruction.Keyword.Should().Be("run");
    }

    [TestMethod]
    public void Continuation_lines_are_joined_without_the_escape()
    {
        var run = Parse("FROM a\nRUN apt-get update \\\n    && apt-get install -y curl\n").Instructions[1];

        run.Arguments.Text.Should().Be("apt-get update     && apt-get install -y curl");
    }

    [TestMethod]
    public void Comments_and_blank_lines_inside_a_continuation_are_dropped_and_recorded()
    {
        var run = Parse("FROM a\nRUN a \\\n# why b\n\n  && b\n").Instructions[1];

        run.Arguments.Text.Should().Be("a   && b");
        run.Comments.Single().Text.Should().Be("why b");
        run.HasEmptyContinuationLine.Should().BeTrue();
    }

    [TestMethod]
    public void Trailing_blanks_after_the_escape_still_continue_the_line()
    {
        var run = Parse("FROM a\nRUN a \\  \n b\n").Instructions[1];

        run.Arguments.Text.Should().Be("a  b");
    }

    [TestMethod]
    public void Spans_of_words_point_into_the_original_lines()
    {
        var syntax = Parse("FROM a\nRUN pip install \\\n  --no-cache-dir flask\n");
        var run = syntax.Instructions[1];
        var flag = run.Words.Single(w => w.Value == "--no-cache-dir");

        syntax.Source.GetLocation(flag.Span).Should().Be(new Location(3, 3, 3, 17));
    }

    [TestMethod]
    public void Exec_form_is_recognised_with_decoded_strings()
    {
        var cmd = Parse("FROM a\nCMD [\"python\", \"-c\", \"print(\\\"hi\\\")\"]\n").Instructions[1];

        cmd.Form.Should().Be(CommandForm.Exec);
        cmd.ExecArguments.Select(a => a.Value).Should().Equal("python", "-c", "print(\"hi\")");
    }

    [TestMethod]
    public void Invalid_json_falls_back_to_shell_form()
    {
        var cmd = Parse("FROM a\nCMD ['python', 'app.py']\n").Instructions[1];

        cmd.Form.Should().Be(CommandForm.Shell);
    }

    [TestMethod]
    public void Flags_are_read_with_their_values()
    {
        var copy = Parse("FROM a\nCOPY --from=build --chown=app:app --link /src /dst\n").Instructions[1];

        copy.Flags.Select(f => (f.Name, f.Value?.Value)).Should().Equal(("from", "build"), ("chown", "app:app"), ("link", null));
        copy.Words.Select(w => w.Value).Should().Equal("/src", "/dst");
    }

    [TestMethod]
    public void Run_mount_flag_is_read()
    {
        var run = Parse("FROM a\nRUN --mount=type=cache,target=/root/.cache/pip pip install x\n").Instructions[1];

        run.GetFlag("mount")!.Value!.Value.Should().Be("type=cache,target=/root/.cache/pip");
        run.Form.Should().Be(CommandForm.Shell);
    }

    [TestMethod]
    public void Unknown_flag_is_a_syntax_error_at_the_flag()
    {
        var syntax = Parse("FROM a\nCOPY --form=build a b\n");

        syntax.Errors.Single().Message.Should().Contain("--form");
        syntax.Source.GetLocation(syntax.Errors.Single().Span).Should().Be(new Location(2, 6, 2, 12));
    }

    [TestMethod]
    public void Unknown_instruction_is_reported_and_parsing_goes_on()
    {
        var syntax = Parse("FROM a\nRUNN echo\nUSER app\n");

        syntax.Errors.Single().Message.Should().Be("unknown instruction: RUNN (did you mean RUN?)");
        syntax.Instructions.Last().Kind.Should().Be(InstructionKind.User);
    }

    [TestMethod]
    public void Env_pairs_are_read_with_quotes_removed()
    {
        var env = Parse("FROM a\nENV A=1 B=\"two words\" C=\n").Instructions[1];

        env.KeyValues.Select(p => (p.Name, p.Value!.Value)).Should().Equal(("A", "1"), ("B", "two words"), ("C", ""));
    }

    [TestMethod]
    public void Legacy_env_form_takes_the_rest_of_the_line_as_value()
    {
        var env = Parse("FROM a\nENV PATH /usr/local/bin:$PATH\n").Instructions[1];

        var pair = env.KeyValues.Single();
        pair.IsLegacyForm.Should().BeTrue();
        pair.Value!.Value.Should().Be("/usr/local/bin:$PATH");
    }

    [TestMethod]
    public void Arg_without_value_has_no_value()
    {
        var arg = Parse("ARG VERSION\nFROM a\n").Instructions[0];

        arg.KeyValues.Single().Value.Should().BeNull();
    }

    [TestMethod]
    public void Heredoc_body_is_read_until_its_delimiter()
    {
        var syntax = Parse("FROM a\nRUN <<EOF\napt-get update\napt-get install -y x\nEOF\nUSER app\n");
        var run = syntax.Instructions[1];

        var heredoc = run.Heredocs.Single();
        heredoc.Body.Should().Be("apt-get update\napt-get install -y x\n");
        heredoc.IsTerminated.Should().BeTrue();
        syntax.Instructions[2].Kind.Should().Be(InstructionKind.User);
    }

    [TestMethod]
    public void Dash_heredoc_strips_leading_tabs()
    {
        var run = Parse("FROM a\nRUN <<-EOT\n\techo hi\n\tEOT\n").Instructions[1];

        run.Heredocs.Single().Body.Should().Be("echo hi\n");
    }

    [TestMethod]
    public void Quoted_heredoc_delimiter_is_unquoted_and_marked()
    {
        var run = Parse("FROM a\nRUN python3 <<'PY'\nprint('$HOME')\nPY\n").Instructions[1];

        var heredoc = run.Heredocs.Single();
        heredoc.Delimiter.Should().Be("PY");
        heredoc.IsQuoted.Should().BeTrue();
    }

    [TestMethod]
    public void Several_heredocs_in_one_instruction_are_read_in_order()
    {
        var copy = Parse("FROM a\nCOPY <<one.txt <<two.txt /dst/\n1\none.txt\n2\ntwo.txt\n").Instructions[1];

        copy.Heredocs.Select(h => (h.Delimiter, h.Body)).Should().Equal(("one.txt", "1\n"), ("two.txt", "2\n"));
    }

    [TestMethod]
    public void Unterminated_heredoc_is_an_error_at_its_marker()
    {
        var syntax = Parse("FROM a\nRUN <<EOF\necho hi\n");

        syntax.Errors.Single().Message.Should().Contain("never ends");
        syntax.Source.GetLocation(syntax.Errors.Single().Span).Should().Be(new Location(2, 5, 2, 10));
    }

    [TestMethod]
    public void Here_string_is_not_a_heredoc()
    {
        var run = Parse("FROM a\nRUN cat <<<hello\n").Instructions[1];

        run.Heredocs.Should().BeEmpty();
    }

    [TestMethod]
    public void Directives_are_read_only_at_the_top()
    {
        var syntax = Parse("# syntax=docker/dockerfile:1\n# escape=`\n\n# check=skip=all\nFROM a\n");

        syntax.Directives.Select(d => d.Name).Should().Equal("syntax", "escape");
        syntax.EscapeCharacter.Should().Be('`');
        syntax.Nodes.OfType<CommentSyntax>().Single().Text.Should().Be("check=skip=all");
    }

    [TestMethod]
    public void Unknown_directive_ends_the_directive_block()
    {
        var syntax = Parse("# foo=bar\n# escape=`\nFROM a\n");

        syntax.Directives.Should().BeEmpty();
        syntax.EscapeCharacter.Should().Be('\\');
    }

    [TestMethod]
    public void Backtick_escape_continues_lines_and_leaves_backslashes_alone()
    {
        var syntax = Parse("# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir C:\\ `\n    && echo done\nWORKDIR C:\\app\\\n");

        syntax.Instructions[1].Arguments.Text.Should().Be("dir C:\\     && echo done");
        syntax.Instructions[2].Words.Single().Value.Should().Be("C:\\app\\");
    }

    [TestMethod]
    public void Blank_continuation_joins_the_next_instruction_as_buildkit_does()
    {
        var syntax = Parse("FROM a\nRUN echo \\\n\nUSER app\n");

        syntax.Instructions.Should().HaveCount(2);
        syntax.Instructions[1].Arguments.Text.Should().Be("echo USER app");
    }

    [TestMethod]
    public void Onbuild_wraps_an_instruction()
    {
        var onbuild = Parse("FROM a\nONBUILD COPY --chown=app . /app\n").Instructions[1];

        onbuild.OnbuildInstruction!.Kind.Should().Be(InstructionKind.Copy);
        onbuild.OnbuildInstruction.GetFlag("chown")!.Value!.Value.Should().Be("app");
    }

    [TestMethod]
    public void Instruction_before_from_is_an_error()
    {
        Parse("RUN echo\nFROM a\n").Errors.Single().Message.Should().Contain("before the first FROM");
    }

    [TestMethod]
    public void Empty_file_is_an_error()
    {
        Parse("# just a comment\n").Errors.Single().Message.Should().Be("the Dockerfile has no instructions");
    }

    [TestMethod]
    public void Healthcheck_cmd_form_is_read()
    {
        var healthcheck = Parse("FROM a\nHEALTHCHECK --interval=5s CMD [\"curl\", \"-f\", \"http://localhost\"]\n").Instructions[1];

        healthcheck.Form.Should().Be(CommandForm.Exec);
        healthcheck.ExecArguments.Select(a => a.Value).Should().Equal("curl", "-f", "http://localhost");
    }

    [TestMethod]
    public void From_with_two_words_is_an_error()
    {
        Parse("FROM a b\n").Errors.Single().Message.Should().Contain("FROM takes an image");
    }

    [TestMethod]
    [DataRow("FROM a\n")]
    [DataRow("FROM a\r\nRUN x \\\r\n  y\r\n")]
    [DataRow("\uFEFFFROM a\n")]
    [DataRow("FROM a")]
    [DataRow("\n\n  \t\nFROM a  \t\n\n")]
    [DataRow("FROM a\nRUN <<EOF\nnever ends")]
    [DataRow("FROM a\nRUN \\")]
    [DataRow("RUNN\n\0\n")]
    public void Printing_the_tree_gives_back_the_input(string text)
    {
        var syntax = Parse(text);

        (syntax.Source.HasBom ? "\uFEFF" + syntax.ToFullString() : syntax.ToFullString()).Should().Be(text);
    }

    [TestMethod]
    public void Bytes_round_trip_with_bom_and_crlf()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("FROM a\r\nLABEL x=\"é\"\r\n"u8.ToArray()).ToArray();

        DockerfileSyntax.Parse(SourceText.From(bytes)).ToBytes().Should().Equal(bytes);
    }
}
