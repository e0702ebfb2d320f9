using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4013Tests
{
    private const string Id = "DOPT4013";

    [TestMethod]
    public void High_uid_is_caught() => Catches(Id, "FROM debian:12\nRUN useradd --uid 1000001 -m app\n", "2:13-2:26");

    [TestMethod]
    public void High_uid_from_an_arg_is_caught()
    {
        Catches(Id, "FROM debian:12\nARG UID=200000\nRUN useradd -u \"$UID\" app\n", "3:13-3:22");
        Run(Id, "FROM debian:12\nARG UID=200000\nRUN useradd -u \"$UID\" app\n").Single().Message.Should().Contain("56 MB");
    }

    [TestMethod]
    public void Fix_adds_no_log_init() =>
        Run(Id, "FROM debian:12\nRUN useradd -u 1000001 app\n").Single().Fix!.Edits.Single().NewText.Should().Be(" --no-log-init");

    [TestMethod]
    public void No_log_init_and_low_uids_pass() =>
        Passes(Id, "FROM debian:12\nRUN useradd -l -u 1000001 a && useradd --no-log-init --uid 2000000 b && useradd -u 10001 c && useradd -u \"$UNKNOWN\" d\n");
}
