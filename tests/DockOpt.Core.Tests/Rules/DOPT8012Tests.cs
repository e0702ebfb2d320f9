using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8012Tests
{
    private const string Id = "DOPT8012";

    [TestMethod]
    public void Copying_node_modules_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCOPY node_modules ./node_modules\n", "2:6-2:18");

    [TestMethod]
    public void Copying_from_a_stage_passes() =>
        Passes(Id, "FROM node:22 AS deps\nRUN npm ci\nFROM node:22-slim\nCOPY --from=deps /app/node_modules ./node_modules\n");
}
