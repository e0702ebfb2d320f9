using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4015Tests
{
    private const string Id = "DOPT4015";

    [TestMethod]
    public void Constant_platform_is_caught() => Catches(Id, "FROM --platform=linux/amd64 python:3.12-slim\n", "1:6-1:28");

    [TestMethod]
    public void Variables_and_platform_named_stages_pass() =>
        Passes(Id, "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nFROM --platform=linux/arm64 alpine:3.20 AS runtime-arm64\nFROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS build-windows\n");
}
