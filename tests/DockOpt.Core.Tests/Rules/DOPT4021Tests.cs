using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4021Tests
{
    private const string Id = "DOPT4021";

    [TestMethod]
    public void Whole_filesystem_onto_a_base_is_caught() =>
        Catches(Id, "FROM debian:12 AS build\nFROM debian:12-slim\nCOPY --from=build / /\n", "3:19-3:20");

    [TestMethod]
    public void Flattening_onto_scratch_passes() => Passes(Id, "FROM debian:12 AS build\nFROM scratch\nCOPY --from=build / /\n");

    [TestMethod]
    public void Copying_a_folder_passes() => Passes(Id, "FROM debian:12 AS build\nFROM debian:12-slim\nCOPY --from=build /opt/app /opt/app\nCOPY --from=build /out/ /\n");
}
