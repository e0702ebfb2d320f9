using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4011Tests
{
    private const string Id = "DOPT4011";

    [TestMethod]
    public void Reference_to_an_earlier_pair_is_caught() => Catches(Id, "FROM debian:12\nENV JAVA_HOME=/opt/java PATH=$JAVA_HOME/bin:$PATH\n", "2:30-2:40");

    [TestMethod]
    public void Message_gives_the_old_value()
    {
        var message = Run(Id, "FROM debian:12\nENV A=1\nENV A=2 B=${A}\n").Single().Message;

        message.Should().Contain("still '1'");
    }

    [TestMethod]
    public void Self_extension_and_separate_env_pass() =>
        Passes(Id, "FROM debian:12\nENV JAVA_HOME=/opt/java\nENV PATH=$JAVA_HOME/bin:$PATH LANG=C.UTF-8\n");

    [TestMethod]
    public void Single_quoted_text_passes() => Passes(Id, "FROM debian:12\nENV A=1 B='$A'\n");
}
