using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0006Tests
{
    private const string Id = "DOPT0006";

    [TestMethod]
    public void Legacy_env_is_caught() => Catches(Id, "FROM alpine:3.20\nENV APP_HOME /app\n", "2:5-2:18");

    [TestMethod]
    public void Legacy_label_is_caught() => Catches(Id, "FROM alpine:3.20\nLABEL description two words\n", "2:7-2:28");

    [TestMethod]
    public void Fix_quotes_a_value_with_blanks()
    {
        var edit = Run(Id, "FROM alpine:3.20\nENV GREETING hello world\n").Single().Fix!.Edits.Single();

        edit.NewText.Should().Be("=\"hello world\"");
    }

    [TestMethod]
    public void Value_with_quotes_gets_no_fix() =>
        Run(Id, "FROM alpine:3.20\nENV GREETING \"hello\" world\n").Single().Fix.Should().BeNull();

    [TestMethod]
    public void Key_value_pairs_pass() => Passes(Id, "FROM alpine:3.20\nENV APP_HOME=/app GREETING=\"hello world\"\nLABEL a=b\nARG V\n");
}
