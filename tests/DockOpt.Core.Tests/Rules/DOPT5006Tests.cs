using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT5006Tests
{
    private const string Id = "DOPT5006";

    [TestMethod]
    public void Unknown_signal_is_caught() => Catches(Id, "FROM nginx:1.27\nSTOPSIGNAL SIGTERMINATE\n", "2:12-2:24");

    [TestMethod]
    public void Sigkill_is_caught() => Catches(Id, "FROM nginx:1.27\nSTOPSIGNAL 9\n", "2:12-2:13");

    [TestMethod]
    public void Valid_signals_pass() =>
        Passes(Id, "FROM nginx:1.27\nSTOPSIGNAL SIGQUIT\nSTOPSIGNAL term\nSTOPSIGNAL 15\nSTOPSIGNAL SIGRTMIN+3\nARG S\nSTOPSIGNAL $S\n");
}
