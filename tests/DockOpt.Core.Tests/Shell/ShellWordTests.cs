using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

[TestClass]
public sealed class ShellWordTests
{
    [TestMethod]
    public void Words_are_split_on_unquoted_blanks_only() =>
        Single("echo a\t'b c' \"d e\"f").Words.Values().Should().Equal("echo", "a", "b c", "d ef");

    [TestMethod]
    public void Single_quotes_keep_backslashes_and_dollars_literal()
    {
        var word = Single(@"echo 'a\n $HOME `x`'").Words[1];

        word.Value.Should().Be(@"a\n $HOME `x`");
        word.HasExpansion.Should().BeFalse();
    }

    [TestMethod]
    public void Double_quotes_resolve_only_their_own_escapes() =>
        Single(@"echo ""a\""b \$c \\ \n""").Words[1].Value.Should().Be(@"a""b $c \ \n");

    [TestMethod]
    public void Double_quoted_dollar_is_an_expansion_left_as_written()
    {
        var word = Single("echo \"v=$VERSION\"").Words[1];

        word.Value.Should().Be("v=$VERSION");
        word.HasExpansion.Should().BeTrue();
        word.IsLiteral.Should().BeFalse();
    }

    [TestMethod]
    public void Dollar_single_quote_decodes_c_escapes() =>
        Single(@"printf $'a\tb\x41\101\n\'q'").Words[1].Value.Should().Be("a\tbAA\n'q");

    [TestMethod]
    public void Dollar_single_quote_is_not_an_expansion() =>
        Single("echo $'x'").Words[1].IsLiteral.Should().BeTrue();

    [TestMethod]
    public void Backslash_escapes_the_next_character_outside_quotes() =>
        Single(@"echo a\ b \$HOME \;").Words.Values().Should().Equal("echo", "a b", "$HOME", ";");

    [TestMethod]
    public void Backslash_newline_joins_a_word_across_lines()
    {
        var word = Single("echo ab\\\ncd").Words[1];

        word.Value.Should().Be("abcd");
        word.Raw.Should().Be("ab\\\ncd");
    }

    [TestMethod]
    public void Backslash_newline_between_words_is_a_continuation() =>
        Single("apt-get install \\\n    -y \\\n    curl").Arguments.Values().Should().Equal("install", "-y", "curl");

    [TestMethod]
    public void Comment_at_word_start_runs_to_the_end_of_the_line() =>
        ParseValid("echo a # rm -rf /\nls #x").Programs().Should().Equal("echo", "ls");

    [TestMethod]
    public void Hash_inside_a_word_is_not_a_comment() =>
        Single("echo a#b").Words[1].Value.Should().Be("a#b");

    [TestMethod]
    public void Unquoted_star_and_question_mark_are_globs()
    {
        var words = Single("rm -rf /var/lib/apt/lists/* file? \"*\" '?'").Words;

        words.Select(w => w.HasGlob).Should().Equal(false, false, true, true, false, false);
    }

    [TestMethod]
    public void Bracket_is_a_glob_only_when_closed()
    {
        var words = Single("[ -f x ] a[bc]").Words;

        words.Select(w => w.HasGlob).Should().Equal(false, false, false, false, true);
    }

    [TestMethod]
    public void Parameter_expansion_keeps_nested_braces_and_quotes_in_one_word()
    {
        var word = Single("echo ${X:-\"a } b\"}${Y%/*}").Words[1];

        word.Value.Should().Be("${X:-\"a } b\"}${Y%/*}");
        word.HasExpansion.Should().BeTrue();
    }

    [TestMethod]
    public void Arithmetic_expansion_is_one_word() =>
        Single("echo $(( (1 + 2) * 3 ))x").Words[1].Value.Should().Be("$(( (1 + 2) * 3 ))x");

    [TestMethod]
    public void Command_substitution_is_one_word_valued_as_written()
    {
        var echo = ParseValid("echo \"$(uname -m | tr a b)\"-x").Find("echo");

        echo.Words[1].Value.Should().Be("$(uname -m | tr a b)-x");
        echo.Words[1].HasExpansion.Should().BeTrue();
    }

    [TestMethod]
    public void Lone_dollar_is_literal() =>
        Single("echo $ 5$").Words.Should().OnlyContain(w => w.IsLiteral);

    [TestMethod]
    public void Word_offsets_cover_the_raw_text_exactly()
    {
        var script = ParseValid("  echo  'a b'\t\"c\"d  ");
        var words = script.Commands.Single().Words;

        words.Select(w => (w.Start, w.End)).Should().Equal((2, 6), (8, 13), (14, 18));
        words.Should().OnlyContain(w => script.Slice(w.Start, w.End) == w.Raw);
    }

    [TestMethod]
    public void Leading_assignments_are_not_words()
    {
        var command = Single("DEBIAN_FRONTEND=noninteractive A+=1 apt-get install -y tzdata");

        command.Assignments.Values().Should().Equal("DEBIAN_FRONTEND=noninteractive", "A+=1");
        command.Words[0].Value.Should().Be("apt-get");
    }

    [TestMethod]
    public void Assignment_after_the_command_name_is_an_argument() =>
        Single("export PATH=/x:$PATH").Arguments.Should().ContainSingle().Which.Raw.Should().Be("PATH=/x:$PATH");

    [TestMethod]
    public void Assignment_word_splits_into_name_and_unquoted_value()
    {
        Single("A=\"x y\" b").Assignments[0].TryGetAssignment(out var name, out var value).Should().BeTrue();

        (name, value).Should().Be(("A", "x y"));
    }

    [TestMethod]
    public void Command_word_is_not_an_assignment() =>
        Single("echo").Words[0].TryGetAssignment(out _, out _).Should().BeFalse();

    [TestMethod]
    public void Assignment_only_command_has_no_program()
    {
        var command = Single("A=1 B=2");

        command.Words.Should().BeEmpty();
        command.Program.Should().BeEmpty();
    }

    [TestMethod]
    public void Bash_array_assignment_is_one_word() =>
        Single("pkgs=(curl \"git lfs\") install").Assignments.Should().ContainSingle().Which.Value.Should().Be("pkgs=(curl \"git lfs\")");
}
