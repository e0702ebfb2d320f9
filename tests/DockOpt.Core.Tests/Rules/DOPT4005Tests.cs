using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4005Tests
{
    private const string Id = "DOPT4005";

    [TestMethod]
    public void Copy_from_own_stage_is_caught() => Catches(Id, "FROM node:20 AS build\nCOPY --from=build /a /b\n", "2:13-2:18");

    [TestMethod]
    public void Own_stage_index_is_caught() => Catches(Id, "FROM node:20\nFROM alpine:3.20\nCOPY --from=1 /a /b\n", "3:13-3:14");

    [TestMethod]
    public void Mount_from_own_stage_is_caught() => Catches(Id, "FROM node:20 AS build\nRUN --mount=from=build,target=/x ls /x\n", "2:5-2:33");

    [TestMethod]
    public void Copy_from_an_earlier_stage_passes() => Passes(Id, "FROM node:20 AS build\nFROM nginx:1.27\nCOPY --from=build /a /b\n");
}
