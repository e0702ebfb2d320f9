using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4012Tests
{
    private const string Id = "DOPT4012";

    [TestMethod]
    public void Out_of_range_port_is_caught() => Catches(Id, "FROM nginx:1.27\nEXPOSE 80 80800\n", "2:11-2:16");

    [TestMethod]
    public void Reversed_range_and_unknown_protocol_are_caught() =>
        Catches(Id, "FROM nginx:1.27\nEXPOSE 9000-8000 53/dns http\n", "2:8-2:17", "2:18-2:24", "2:25-2:29");

    [TestMethod]
    public void Valid_ports_pass() => Passes(Id, "FROM nginx:1.27\nARG P=8080\nEXPOSE 0 80/tcp 53/udp 8000-8010 65535 $P 8080:80\n");

    [TestMethod]
    public void Unresolved_variable_passes() => Passes(Id, "FROM nginx:1.27\nARG P\nEXPOSE $P\n");
}
