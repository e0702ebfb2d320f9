using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0008Tests
{
    private const string Id = "DOPT0008";

    [TestMethod]
    public void Upper_case_protocol_is_caught() => Catches(Id, "FROM nginx:1.27\nEXPOSE 80/tcp 53/UDP\n", "2:15-2:21");

    [TestMethod]
    public void Protocol_from_a_variable_is_caught() => Catches(Id, "FROM nginx:1.27\nARG P=TCP\nEXPOSE 80/$P\n", "3:8-3:13");

    [TestMethod]
    public void Lower_case_and_bare_ports_pass() => Passes(Id, "FROM nginx:1.27\nEXPOSE 80 443/tcp 53/udp\n");
}
