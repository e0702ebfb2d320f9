using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1002Tests
{
    private const string Id = "DOPT1002";

    [TestMethod]
    public void Update_alone_then_install_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n", "2:5-2:19");

    [TestMethod]
    public void Update_in_a_base_stage_then_install_in_a_child_is_caught() =>
        Catches(Id, "FROM debian:12 AS base\nRUN apt update\nFROM base\nRUN apt install -y curl\n", "2:5-2:15");

    [TestMethod]
    public void Update_and_install_together_pass() =>
        Passes(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n");

    [TestMethod]
    public void Update_without_a_later_install_passes() => Passes(Id, "FROM debian:12\nRUN apt-get update\n");

    [TestMethod]
    public void Each_install_updating_itself_passes() =>
        Passes(Id, "FROM debian:12\nRUN apt-get update\nRUN apt-get update && apt-get install -y curl\n");
}
