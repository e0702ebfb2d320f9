using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0010Tests
{
    private const string Id = "DOPT0010";

    [TestMethod]
    public void Host_port_mapping_is_caught() => Catches(Id, "FROM nginx:1.27\nEXPOSE 8080:80\n", "2:8-2:15");

    [TestMethod]
    public void Ip_address_is_caught() => Catches(Id, "FROM nginx:1.27\nEXPOSE 127.0.0.1:80:80/tcp\n", "2:8-2:27");

    [TestMethod]
    public void Container_ports_pass() => Passes(Id, "FROM nginx:1.27\nEXPOSE 80 8000-8010/udp\n");
}
