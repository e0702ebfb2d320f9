using DockOpt.Core.Analysis;
using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7004Tests
{
    private const string Id = "DOPT7004";

    private const string SelfContained = "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -c Release -r linux-x64 --self-contained -o /app\n";

    [TestMethod]
    public void Self_contained_on_aspnet_is_caught() =>
        Catches(Id, SelfContained + "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\nENTRYPOINT [\"/app/Api\"]\n", "3:6-3:41");

    [TestMethod]
    public void Aot_property_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -p:PublishAot=true -o /app\nFROM mcr.microsoft.com/dotnet/runtime:8.0\nCOPY --from=build /app /app\n", "3:6-3:42");

    [TestMethod]
    public void Project_setting_is_caught()
    {
        var project = new ProjectInfo { SelfContained = true };

        OptionsRuleTestHelpers.Spans(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n", project: project)
            .Should().Equal("3:6-3:41");
    }

    [TestMethod]
    public void Runtime_deps_and_framework_dependent_pass()
    {
        Passes(Id, SelfContained + "FROM mcr.microsoft.com/dotnet/runtime-deps:8.0\nCOPY --from=build /app /app\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -r linux-x64 --self-contained false -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=build /app /app\n");
    }

    [TestMethod]
    public void Stage_not_copied_into_the_final_image_passes() =>
        Passes(Id, SelfContained + "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS other\nRUN dotnet publish -o /o\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY --from=other /o /app\n");
}
