using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0009Tests
{
    private const string Id = "DOPT0009";

    [TestMethod]
    public void Target_platform_is_caught() => Catches(Id, "FROM --platform=$TARGETPLATFORM alpine:3.20\n", "1:6-1:32");

    [TestMethod]
    public void Braced_target_platform_is_caught() => Catches(Id, "FROM --platform=${TARGETPLATFORM} alpine:3.20\n", "1:6-1:34");

    [TestMethod]
    public void Build_platform_passes() => Passes(Id, "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n");
}
