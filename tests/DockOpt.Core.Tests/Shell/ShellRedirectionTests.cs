using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

[TestClass]
public sealed class ShellRedirectionTests
{
    [TestMethod]
    public void Redirections_are_not_arguments()
    {
        var command = Single("make > build.log 2>&1 < /dev/null all");

        command.Arguments.Values().Should().Equal("all");
        command.Redirections.Select(r => r.ToString()).Should().Equal(">build.log", "2>&1", "</dev/null");
    }

    [TestMethod]
    public void Each_operator_has_its_kind()
    {
        var kinds = Single("x >a >>b <c <>d >|e 3<&0 2>&1 &>f &>>g <<<h").Redirections.Select(r => r.Kind);

        kinds.Should().Equal(
            ShellRedirectionKind.Output,
            ShellRedirectionKind.Append,
            ShellRedirectionKind.Input,
            ShellRedirectionKind.ReadWrite,
            ShellRedirectionKind.Clobber,
            ShellRedirectionKind.DuplicateInput,
            ShellRedirectionKind.DuplicateOutput,
            ShellRedirectionKind.OutputAndError,
            ShellRedirectionKind.AppendOutputAndError,
            ShellRedirectionKind.HereString);
    }

    [TestMethod]
    public void Digits_right_before_the_operator_are_the_file_descriptor()
    {
        var redirection = Single("cmd 2>/dev/null").Redirections.Single();

        redirection.FileDescriptor.Should().Be(2);
        redirection.Operator.Should().Be(">");
        redirection.Target!.Value.Should().Be("/dev/null");
    }

    [TestMethod]
    public void Digits_separated_from_the_operator_are_an_argument()
    {
        var command = Single("echo 2 >x");

        command.Arguments.Values().Should().Equal("2");
        command.Redirections.Single().FileDescriptor.Should().BeNull();
    }

    [TestMethod]
    public void Redirection_span_runs_from_descriptor_to_target() =>
        Single("ls 2> err.txt").Redirections.Single().Should().Match<ShellRedirection>(r => r.Start == 3 && r.End == 13);

    [TestMethod]
    public void Redirection_may_come_before_the_command_name() =>
        Single(">/tmp/log echo hi").Program.Should().Be("echo");

    [TestMethod]
    public void Here_document_body_is_skipped_and_attached()
    {
        var script = ParseValid("cat <<EOF > /etc/app.conf\nuser=$USER\nrm -rf /\nEOF\necho done");
        var heredoc = script.Commands[0].Redirections[0].HereDocument!;

        script.Programs().Should().Equal("cat", "echo");
        heredoc.Body.Should().Be("user=$USER\nrm -rf /\n");
        script.Slice(heredoc.BodyStart, heredoc.BodyEnd).Should().Be(heredoc.Body);
        heredoc.ExpandsBody.Should().BeTrue();
    }

    [TestMethod]
    public void Dash_here_document_strips_leading_tabs_and_finds_an_indented_delimiter()
    {
        var heredoc = ParseValid("cat <<-END\n\t\ta\n\tb\n\tEND\nls").Commands[0].Redirections[0].HereDocument!;

        heredoc.Body.Should().Be("a\nb\n");
        heredoc.StripsTabs.Should().BeTrue();
    }

    [TestMethod]
    public void Quoted_delimiter_turns_body_expansion_off()
    {
        var heredoc = ParseValid("cat <<'EOF'\n$HOME\nEOF").Commands[0].Redirections[0].HereDocument!;

        heredoc.Delimiter.Should().Be("EOF");
        heredoc.ExpandsBody.Should().BeFalse();
    }

    [TestMethod]
    public void Two_here_documents_on_one_line_are_read_in_order()
    {
        var script = ParseValid("cat <<A; cat <<B\n1\nA\n2\nB\nls");

        script.Commands.Take(2).Select(c => c.Redirections[0].HereDocument!.Body).Should().Equal("1\n", "2\n");
        script.Programs().Should().Equal("cat", "cat", "ls");
    }

    [TestMethod]
    public void Here_document_of_a_command_in_a_list_is_read_after_the_line()
    {
        var script = ParseValid("cat <<EOF | sh && echo ok\napt-get install x\nEOF\n");

        script.Programs().Should().Equal("cat", "sh", "echo");
        script.Commands[0].Redirections[0].HereDocument!.Body.Should().Be("apt-get install x\n");
    }

    [TestMethod]
    public void Here_document_without_its_delimiter_line_is_reported()
    {
        var script = ShellParser.Parse("cat <<EOF\nno end");

        script.Errors.Should().ContainSingle().Which.Offset.Should().Be(4);
        script.Commands[0].Redirections[0].HereDocument!.Body.Should().Be("no end");
    }

    [TestMethod]
    public void Here_document_whose_body_is_not_in_the_text_has_no_body() =>
        ParseValid("cat <<EOF > /x").Commands[0].Redirections[0].HereDocument.Should().BeNull();

    [TestMethod]
    public void Missing_target_is_reported()
    {
        var script = ShellParser.Parse("echo hi > ; ls");

        script.Errors.Should().ContainSingle().Which.Offset.Should().Be(8);
        script.Programs().Should().Equal("echo", "ls");
    }

    [TestMethod]
    public void Process_substitution_after_a_loop_runs_its_command()
    {
        var find = ParseValid("while read f; do echo \"$f\"; done < <(find . -name '*.pyc')").Find("find");

        find.InSubstitution.Should().BeTrue();
        find.Arguments.Values().Should().Equal(".", "-name", "*.pyc");
    }
}
