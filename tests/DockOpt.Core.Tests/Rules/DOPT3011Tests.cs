using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3011Tests
{
    private const string Id = "DOPT3011";

    [TestMethod]
    public void Chpasswd_from_echo_is_caught() => Catches(Id, "FROM debian:12\nRUN echo 'root:root' | chpasswd\n", "2:24-2:32");

    [TestMethod]
    public void Useradd_with_a_password_is_caught() => Catches(Id, "FROM debian:12\nRUN useradd -m -p '$6$x$y' app\n", "2:16-2:27");

    [TestMethod]
    public void Locked_password_and_builder_stage_pass() =>
        Passes(Id, "FROM debian:12 AS build\nRUN echo 'root:x' | chpasswd\nFROM debian:12\nRUN useradd -p '!' app && passwd -l root\n");
}
