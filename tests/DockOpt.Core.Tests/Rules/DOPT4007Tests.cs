using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4007Tests
{
    private const string Id = "DOPT4007";

    [TestMethod]
    public void Scratch_is_caught() => Catches(Id, "FROM alpine:3.20 AS scratch\n", "1:21-1:28");

    [TestMethod]
    public void Context_is_caught() => Catches(Id, "FROM alpine:3.20 AS Context\n", "1:21-1:28");

    [TestMethod]
    public void Other_names_pass() => Passes(Id, "FROM alpine:3.20 AS scratchpad\nFROM scratch\n");
}
