using DockOpt.Core.Analysis;
using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7008Tests
{
    private const string Id = "DOPT7008";

    [TestMethod]
    public void Windows_rid_in_a_linux_image_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r win-x64 -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n", "2:23-2:30");

    [TestMethod]
    public void Glibc_self_contained_on_alpine_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /app\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine\nCOPY --from=build /app /app\n", "2:23-2:32");

    [TestMethod]
    public void Project_rid_inherited_by_the_publish_is_caught()
    {
        var project = new ProjectInfo { RuntimeIdentifier = "win-x64" };

        OptionsRuleTestHelpers.Spans(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -c Release -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n", project: project)
            .Should().Equal("2:5-2:19");
    }

    [TestMethod]
    public void Matching_rids_pass()
    {
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0-alpine AS build\nRUN dotnet publish -r linux-musl-x64 --self-contained -o /app\nFROM mcr.microsoft.com/dotnet/runtime-deps:8.0-alpine\nCOPY --from=build /app /app\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0-alpine\nCOPY --from=build /app /app\n");
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\n", project: new ProjectInfo { RuntimeIdentifier = "win-x64" })
            .Should().BeEmpty();
    }
}
