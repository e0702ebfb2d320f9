using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

/// <summary>Lists and pipelines: how commands are connected.</summary>
[TestClass]
public sealed class ShellListTests
{
    [TestMethod]
    public void Typical_run_line_yields_its_commands_with_their_operators()
    {
        var script = ParseValid("set -eux; apt-get update && apt-get install -y x && rm -rf /var/lib/apt/lists/*");

        script.Commands.Select(c => (c.Program, c.Before, c.After)).Should().Equal(
            ("set", ShellOperator.None, ShellOperator.Sequence),
            ("apt-get", ShellOperator.Sequence, ShellOperator.And),
            ("apt-get", ShellOperator.And, ShellOperator.And),
            ("rm", ShellOperator.And, ShellOperator.None));
    }

    [TestMethod]
    public void Command_span_covers_assignments_words_and_redirections()
    {
        var script = ParseValid("a; X=1 apt-get update > /dev/null ;b");
        var command = script.Commands[1];

        script.Slice(command.Start, command.End).Should().Be("X=1 apt-get update > /dev/null");
    }

    [TestMethod]
    public void Or_operator_connects_a_fallback() =>
        ParseValid("a || b").Commands.Select(c => (c.Before, c.After)).Should().Equal(
            (ShellOperator.None, ShellOperator.Or), (ShellOperator.Or, ShellOperator.None));

    [TestMethod]
    public void Newlines_separate_commands() =>
        ParseValid("a\n\n  b\n").Commands.Select(c => c.Before).Should().Equal(ShellOperator.None, ShellOperator.Sequence);

    [TestMethod]
    public void Newline_after_an_operator_continues_the_list() =>
        ParseValid("a &&\n\n b |\n c").Commands.Select(c => c.Before).Should().Equal(ShellOperator.None, ShellOperator.And, ShellOperator.Pipe);

    [TestMethod]
    public void Ampersand_runs_the_previous_command_in_the_background() =>
        ParseValid("sleep 1 & wait").Commands.Select(c => (c.Before, c.After)).Should().Equal(
            (ShellOperator.None, ShellOperator.Background), (ShellOperator.Background, ShellOperator.None));

    [TestMethod]
    public void Curl_piped_to_sh_records_the_pipe()
    {
        var script = ParseValid("curl -fsSL https://x | sh");
        var (curl, sh) = (script.Commands[0], script.Commands[1]);

        sh.PipedFrom.Should().BeSameAs(curl);
        sh.PipelineIndex.Should().Be(1);
        sh.IsInPipeline.Should().BeTrue();
        curl.IsInPipeline.Should().BeTrue();
        curl.PipelineIndex.Should().Be(0);
        curl.PipedFrom.Should().BeNull();
    }

    [TestMethod]
    public void Pipeline_indexes_count_up_and_restart_after_other_operators()
    {
        var commands = ParseValid("a | b |& c && d | e; f").Commands;

        commands.Select(c => c.PipelineIndex).Should().Equal(0, 1, 2, 0, 1, 0);
        commands.Select(c => c.PipedFrom?.Program).Should().Equal(null, "a", "b", null, "d", null);
        commands.Select(c => c.IsInPipeline).Should().Equal(true, true, true, true, true, false);
    }

    [TestMethod]
    public void Unexpected_operator_is_reported_and_skipped()
    {
        var script = ShellParser.Parse("a && && b");

        script.Errors.Should().ContainSingle().Which.Offset.Should().Be(5);
        script.Commands[1].Before.Should().Be(ShellOperator.And);
    }

    [TestMethod]
    public void Commands_are_in_source_order_across_nesting() =>
        ParseValid("a $(b `c`) && sh -c 'd | e' && { f; (g); }; h").Programs().Should().Equal("a", "b", "c", "sh", "d", "e", "f", "g", "h");

    [TestMethod]
    public void Bang_negates_the_following_command()
    {
        var commands = ParseValid("! grep -q x f && echo missing").Commands;

        commands.Select(c => c.IsNegated).Should().Equal(true, false);
        commands[0].Start.Should().Be(2);
    }

    [TestMethod]
    public void Empty_input_has_no_commands()
    {
        ParseValid("").Commands.Should().BeEmpty();
        ParseValid(" \n\t# only a comment\n").Commands.Should().BeEmpty();
    }
}
