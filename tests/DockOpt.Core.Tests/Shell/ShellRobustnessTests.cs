using System.Diagnostics;
using System.Text;
using DockOpt.Core.Shell;

namespace DockOpt.Core.Tests.Shell;

/// <summary>Malformed and adversarial input: never an exception, always an error with an offset, always linear time.</summary>
[TestClass]
public sealed class ShellRobustnessTests
{
    // Generous: the point is to catch quadratic behaviour and stack overflows, not to benchmark a CI machine.
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(5);

    [TestMethod]
    [DataRow("echo 'abc", 5, "unterminated single-quoted string")]
    [DataRow("echo \"abc", 5, "unterminated double-quoted string")]
    [DataRow("echo `abc", 5, "unterminated backquote substitution")]
    [DataRow("echo ${abc", 5, "missing '}' to close '${'")]
    [DataRow("echo $'abc", 5, "unterminated $'...' string")]
    [DataRow("{ ls", 0, "missing '}'")]
    [DataRow("while true; do ls", 0, "missing 'done'")]
    [DataRow("case x in a) ls", 0, "missing 'esac'")]
    [DataRow("ls; fi", 4, "unexpected 'fi'")]
    [DataRow("ls; then", 4, "unexpected 'then'")]
    [DataRow("| ls", 0, "unexpected '|'")]
    public void Malformed_input_is_reported_at_the_offending_offset(string text, int offset, string message) =>
        ShellParser.Parse(text).Errors.Should().ContainSingle().Which.Should().Be(new ShellError(offset, message));

    [TestMethod]
    public void Unterminated_quote_keeps_the_command() =>
        ShellParser.Parse("apt-get install 'x").Commands.Single().Arguments.Select(w => w.Value).Should().Equal("install", "x");

    [TestMethod]
    public void Null_input_is_an_empty_script() => ShellParser.Parse(null!).Commands.Should().BeEmpty();

    [TestMethod]
    public void Hundred_thousand_nested_parentheses_do_not_overflow_the_stack()
    {
        var text = new string('(', 100_000) + "ls" + new string(')', 100_000);

        var (script, elapsed) = Timed(() => ShellParser.Parse(text));

        script.Commands.Single().Program.Should().Be("ls");
        script.Errors.Should().BeEmpty();
        elapsed.Should().BeLessThan(Fast);
    }

    [TestMethod]
    public void Hundred_thousand_unclosed_parentheses_give_a_capped_error_list()
    {
        var (script, elapsed) = Timed(() => ShellParser.Parse(new string('(', 100_000)));

        script.Errors.Count.Should().BeInRange(1, 101);
        script.Errors.Should().Contain(new ShellError(0, "missing ')'"));
        elapsed.Should().BeLessThan(Fast);
    }

    [TestMethod]
    public void Hundred_thousand_nested_substitutions_are_analysed_to_a_bounded_depth()
    {
        var text = string.Concat(Enumerable.Repeat("$(", 100_000)) + "ls" + new string(')', 100_000);

        var (script, elapsed) = Timed(() => ShellParser.Parse(text));

        script.Commands.Should().NotBeEmpty();
        script.Errors.Should().ContainSingle().Which.Message.Should().Contain("nested more than");
        elapsed.Should().BeLessThan(Fast);
    }

    [TestMethod]
    public void Hundred_thousand_nested_quotes_and_substitutions_do_not_overflow_the_stack()
    {
        var (script, elapsed) = Timed(() => ShellParser.Parse(string.Concat(Enumerable.Repeat("\"$(`${", 25_000))));

        script.Errors.Should().NotBeEmpty();
        elapsed.Should().BeLessThan(Fast);
    }

    [TestMethod]
    public void One_megabyte_script_parses_in_linear_time()
    {
        var line = "apt-get install -y --no-install-recommends curl && echo \"$(date)\" | tee -a /log; ";
        var text = string.Concat(Enumerable.Repeat(line, (1 << 20) / line.Length));

        var (script, elapsed) = Timed(() => ShellParser.Parse(text));

        script.Errors.Should().BeEmpty();
        script.Commands.Should().HaveCount(4 * ((1 << 20) / line.Length));
        elapsed.Should().BeLessThan(Fast);
    }

    [TestMethod]
    public void One_megabyte_unterminated_quote_parses_in_linear_time()
    {
        var (script, elapsed) = Timed(() => ShellParser.Parse("echo \"" + new string('a', 1 << 20)));

        script.Errors.Should().ContainSingle();
        elapsed.Should().BeLessThan(Fast);
    }

    [TestMethod]
    public void Random_punctuation_never_throws_and_keeps_every_span_in_bounds()
    {
        const string alphabet = "()[]{}$`'\"\\|&;<>#*?!=-+:/~% \t\n\rabcfiesdon0129";
        string[] fragments = ["if ", "then ", "fi ", "do ", "done ", "case ", " in ", "esac ", "{ ", "} ", "<<E\n", "\nE\n", "sh -c ", "sudo ", "python -m pip ", "$((", "))", "f() "];
        var random = new Random(20240611);
        var failures = new List<string>();

        for (int i = 0; i < 2_000; i++)
        {
            var text = new StringBuilder();
            int length = random.Next(0, 80);
            while (text.Length < length)
            {
                text.Append(random.Next(4) == 0 ? fragments[random.Next(fragments.Length)] : alphabet[random.Next(alphabet.Length)].ToString());
            }

            failures.AddRange(SpanProblems(text.ToString()));
        }

        failures.Should().BeEmpty();
    }

    private static IEnumerable<string> SpanProblems(string text)
    {
        var script = ShellParser.Parse(text);
        var spans = new List<(int Start, int End)>();
        foreach (var command in script.Commands)
        {
            spans.Add((command.Start, command.End));
            spans.AddRange(command.Assignments.Concat(command.Words).Concat(command.Arguments).Select(w => (w.Start, w.End)));
            spans.AddRange(command.Redirections.Select(r => (r.Start, r.End)));
            spans.AddRange(command.Redirections.Select(r => r.HereDocument).OfType<ShellHereDocument>().Select(h => (h.BodyStart, h.BodyEnd)));
            spans.AddRange(command.ParseArguments(KnownOptions.Curl).Options.Select(o => (o.Start, o.End)));
        }

        spans.AddRange(script.Errors.Select(e => (e.Offset, e.Offset)));
        var outOfBounds = spans.Where(s => s.Start < 0 || s.Start > s.End || s.End > text.Length);
        var internalErrors = script.Errors.Where(e => e.Message.StartsWith("internal", StringComparison.Ordinal));
        return outOfBounds.Select(s => $"span {s} in {text}").Concat(internalErrors.Select(e => $"{e} in {text}")).ToList();
    }

    private static (T Result, TimeSpan Elapsed) Timed<T>(Func<T> action)
    {
        var stopwatch = Stopwatch.StartNew();
        var result = action();
        return (result, stopwatch.Elapsed);
    }
}
