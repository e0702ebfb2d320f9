using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0002Tests
{
    private const string Id = "DOPT0002";

    [TestMethod]
    public void Capitalised_stage_name_is_caught() => Catches(Id, "FROM golang:1.22 AS Builder\n", "1:21-1:28");

    [TestMethod]
    public void Lower_case_stage_name_passes() => Passes(Id, "FROM golang:1.22 AS build-env.v2\n");

    [TestMethod]
    public void Unnamed_stage_passes() => Passes(Id, "FROM Golang:1.22\n");
}
