using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4017Tests
{
    private const string Id = "DOPT4017";

    [TestMethod]
    public void Apt_install_is_caught() => Catches(Id, "FROM debian:12\nRUN apt update && apt install -y curl\n", "2:5-2:8", "2:19-2:22");

    [TestMethod]
    public void Fix_is_offered_only_where_apt_get_behaves_the_same()
    {
        Run(Id, "FROM debian:12\nRUN apt install -y curl\n").Single().Fix!.Edits.Single().NewText.Should().Be("apt-get");
        Run(Id, "FROM debian:12\nRUN apt upgrade -y\n").Single().Fix.Should().BeNull();
    }

    [TestMethod]
    public void Apt_only_subcommands_and_apt_get_pass() => Passes(Id, "FROM debian:12\nRUN apt list --installed && apt-get install -y curl && apt-cache policy curl\n");
}
