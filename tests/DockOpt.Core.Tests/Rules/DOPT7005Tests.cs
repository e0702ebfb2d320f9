using DockOpt.Core.Analysis;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7005Tests
{
    private const string Id = "DOPT7005";

    private static readonly ProjectInfo Net9 = new() { TargetFrameworks = ["net9.0"] };

    [TestMethod]
    public void Old_sdk_and_runtime_are_caught() =>
        OptionsRuleTestHelpers.Spans(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\n", project: Net9)
            .Should().Equal("1:6-1:38", "2:6-2:48");

    [TestMethod]
    public void Newer_sdk_and_matching_runtime_pass() =>
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:9.0\n", project: Net9).Should().BeEmpty();

    [TestMethod]
    public void Multi_targeted_project_needs_one_matching_runtime() =>
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build\nFROM mcr.microsoft.com/dotnet/runtime:8.0\n", project: new ProjectInfo { TargetFrameworks = ["net8.0", "net9.0"] })
            .Should().BeEmpty();

    [TestMethod]
    public void Unknown_project_or_version_passes()
    {
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/sdk:6.0\n").Should().BeEmpty();
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/aspnet:latest\n", project: Net9).Should().BeEmpty();
    }
}
