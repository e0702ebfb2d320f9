using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

[TestClass]
public sealed class ShellSubstitutionTests
{
    [TestMethod]
    public void Command_substitution_commands_are_flattened_with_exact_offsets()
    {
        var script = ParseValid("echo \"$(cat /etc/os-release | grep ID)\"");
        var grep = script.Find("grep");

        script.Programs().Should().Equal("echo", "cat", "grep");
        grep.InSubstitution.Should().BeTrue();
        grep.PipedFrom!.Program.Should().Be("cat");
        script.Slice(grep.Start, grep.End).Should().Be("grep ID");
        script.Find("echo").InSubstitution.Should().BeFalse();
    }

    [TestMethod]
    public void Nested_substitutions_are_all_parsed()
    {
        var script = ParseValid("v=$(basename $(dirname $(pwd)))");

        script.Programs().Should().Equal("", "basename", "dirname", "pwd");
        script.Commands.Skip(1).Should().OnlyContain(c => c.InSubstitution);
    }

    [TestMethod]
    public void Backquote_substitution_is_parsed()
    {
        var script = ParseValid("echo `uname -r`");
        var uname = script.Find("uname");

        uname.InSubstitution.Should().BeTrue();
        script.Slice(uname.Start, uname.End).Should().Be("uname -r");
    }

    [TestMethod]
    public void Escaped_backquotes_nest_and_map_back_to_the_text()
    {
        var script = ParseValid("echo `echo \\`date +%s\\``");
        var date = script.Find("date");

        script.Programs().Should().Equal("echo", "echo", "date");
        script.Slice(date.Start, date.End).Should().Be("date +%s");
    }

    [TestMethod]
    public void Substitution_in_a_parameter_default_is_parsed() =>
        ParseValid("echo ${VERSION:-$(git describe)}").Programs().Should().Equal("echo", "git");

    [TestMethod]
    public void Substitution_in_a_condition_is_in_condition() =>
        ParseValid("if [ \"$(id -u)\" = 0 ]; then ls; fi").Find("id").InCondition.Should().BeTrue();

    [TestMethod]
    public void Case_pattern_parenthesis_does_not_end_a_substitution() =>
        ParseValid("x=$(case $y in a) echo a;; *) echo b;; esac); ls").Programs().Should().Equal("", "echo", "echo", "ls");

    [TestMethod]
    public void Comment_inside_a_substitution_may_hold_a_parenthesis() =>
        ParseValid("x=$(echo a # not the end )\n); ls").Programs().Should().Equal("", "echo", "ls");

    [TestMethod]
    public void Double_parenthesis_that_is_not_arithmetic_is_a_substitution_with_a_subshell() =>
        ParseValid("out=$((cd /src && make) 2>&1)").Programs().Should().Equal("", "cd", "make");

    [TestMethod]
    public void Arithmetic_expansion_runs_no_commands() =>
        ParseValid("echo $((1 + (2 * 3)))").Programs().Should().Equal("echo");

    [TestMethod]
    public void Substitution_in_a_redirection_target_is_parsed() =>
        ParseValid("echo hi > \"$(mktemp)\"").Programs().Should().Equal("echo", "mktemp");

    [TestMethod]
    public void Unterminated_substitution_is_reported_and_its_commands_still_found()
    {
        var script = ShellParser.Parse("echo $(apt-get install -y x");

        script.Errors.Should().ContainSingle().Which.Offset.Should().Be(5);
        script.Programs().Should().Equal("echo", "apt-get");
    }
}
