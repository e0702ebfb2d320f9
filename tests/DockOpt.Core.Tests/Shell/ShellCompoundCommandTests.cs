using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

/// <summary>Groups, subshells, if, loops, case and functions: their simple commands are flattened.</summary>
[TestClass]
public sealed class ShellCompoundCommandTests
{
    [TestMethod]
    public void Brace_group_and_subshell_commands_are_flattened() =>
        ParseValid("{ a; b; } && (c; d)").Programs().Should().Equal("a", "b", "c", "d");

    [TestMethod]
    public void Braces_are_reserved_only_as_separate_words() =>
        Single("find . -exec rm {} +").Arguments.Values().Should().Equal(".", "-exec", "rm", "{}", "+");

    [TestMethod]
    public void First_command_in_a_group_takes_the_operator_before_the_group()
    {
        var commands = ParseValid("a && ( b; c ) | d").Commands;

        commands.Select(c => c.Before).Should().Equal(ShellOperator.None, ShellOperator.And, ShellOperator.Sequence, ShellOperator.Pipe);
        commands[2].After.Should().Be(ShellOperator.Pipe);
        commands[3].PipedFrom.Should().BeSameAs(commands[2]);
    }

    [TestMethod]
    public void If_condition_commands_are_in_condition_and_body_commands_are_not()
    {
        var script = ParseValid("if [ -f x ]; then pip install x; fi");

        script.Commands.Select(c => (c.Program, c.InCondition)).Should().Equal(("[", true), ("pip", false));
        script.Find("pip").Arguments.Values().Should().Equal("install", "x");
    }

    [TestMethod]
    public void Elif_conditions_are_conditions_and_else_bodies_are_not() =>
        ParseValid("if a; then b; elif c; then d; else e; fi").Commands.Select(c => c.InCondition)
            .Should().Equal(true, false, true, false, false);

    [TestMethod]
    public void While_and_until_conditions_are_conditions() =>
        ParseValid("while read line; do echo \"$line\"; done\nuntil curl -f x; do sleep 1; done")
            .Commands.Select(c => (c.Program, c.InCondition))
            .Should().Equal(("read", true), ("echo", false), ("curl", true), ("sleep", false));

    [TestMethod]
    public void Command_after_or_is_a_fallback_in_condition() =>
        ParseValid("apt-get install x || true").Commands.Select(c => c.InCondition).Should().Equal(false, true);

    [TestMethod]
    public void Whole_group_after_or_is_a_fallback() =>
        ParseValid("make || { echo failed; exit 1; }; ls").Commands.Select(c => c.InCondition).Should().Equal(false, true, true, false);

    [TestMethod]
    public void For_loop_words_are_not_commands_but_their_substitutions_are()
    {
        var script = ParseValid("for f in a.txt $(ls /src); do cp \"$f\" /dst; done");

        script.Programs().Should().Equal("ls", "cp");
        script.Find("cp").Before.Should().Be(ShellOperator.None);
    }

    [TestMethod]
    public void For_loop_without_in_and_on_several_lines_is_parsed() =>
        ParseValid("for x\ndo\n  echo $x\ndone\nls").Programs().Should().Equal("echo", "ls");

    [TestMethod]
    public void Case_arms_are_parsed_and_patterns_are_not_commands()
    {
        var script = ParseValid("case \"$(uname -m)\" in\n  x86_64|amd64) arch=amd64 ;;\n  (aarch64) echo arm; uname ;;\n  *) exit 1\nesac\nls");

        script.Programs().Should().Equal("uname", "", "echo", "uname", "exit", "ls");
        script.Commands[3].Before.Should().Be(ShellOperator.Sequence);
        script.Commands[4].Before.Should().Be(ShellOperator.None);
    }

    [TestMethod]
    public void Reserved_words_are_ordinary_words_after_a_command_name() =>
        Single("echo if then fi { } done").Arguments.Values().Should().Equal("if", "then", "fi", "{", "}", "done");

    [TestMethod]
    public void Function_definition_is_not_a_command_but_its_body_is()
    {
        var script = ParseValid("install_deps() {\n  apt-get update\n}\nfunction cleanup { rm -rf /tmp/*; }\ninstall_deps");

        script.Programs().Should().Equal("apt-get", "rm", "install_deps");
        script.Commands[0].Before.Should().Be(ShellOperator.None);
    }

    [TestMethod]
    public void Unclosed_if_is_reported_at_its_start()
    {
        var script = ShellParser.Parse("ls; if a; then b");

        script.Errors.Should().ContainSingle().Which.Should().Be(new ShellError(4, "missing 'fi'"));
        script.Programs().Should().Equal("ls", "a", "b");
    }

    [TestMethod]
    public void Stray_closing_parenthesis_is_reported_and_parsing_continues()
    {
        var script = ShellParser.Parse("echo a ) ; ls");

        script.Errors.Should().ContainSingle().Which.Offset.Should().Be(7);
        script.Programs().Should().Equal("echo", "ls");
    }

    [TestMethod]
    public void Closing_word_recovers_from_an_unclosed_inner_compound()
    {
        var script = ShellParser.Parse("if a; then ( b; fi; c");

        script.Errors.Should().ContainSingle().Which.Should().Be(new ShellError(11, "missing ')'"));
        script.Find("c").InCondition.Should().BeFalse();
    }
}
