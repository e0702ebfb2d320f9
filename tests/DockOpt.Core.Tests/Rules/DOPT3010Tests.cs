using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3010Tests
{
    private const string Id = "DOPT3010";

    [TestMethod]
    public void Port_22_is_caught() => Catches(Id, "FROM debian:12\nEXPOSE 80 22/tcp\n", "2:11-2:17");

    [TestMethod]
    public void Port_22_from_an_arg_is_caught() => Catches(Id, "FROM debian:12\nARG SSH=22\nEXPOSE $SSH\n", "3:8-3:12");

    [TestMethod]
    public void Other_ports_and_builder_stages_pass() => Passes(Id, "FROM debian:12 AS build\nEXPOSE 22\nFROM debian:12\nEXPOSE 2222 220\n");
}
