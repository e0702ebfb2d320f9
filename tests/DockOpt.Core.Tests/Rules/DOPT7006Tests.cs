using DockOpt.Core.Analysis;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7006Tests
{
    private const string Id = "DOPT7006";

    private static readonly ProjectInfo Project = new() { AssemblyName = "Contoso.Api", ProjectPath = "/src/Contoso.Api/Contoso.Api.csproj" };

    [TestMethod]
    public void Other_dll_is_caught() =>
        OptionsRuleTestHelpers.Spans(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n", project: Project)
            .Should().Equal("2:23-2:32");

    [TestMethod]
    public void Case_difference_is_caught()
    {
        var message = OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCMD dotnet /app/contoso.api.dll\n", project: Project).Single().Message;

        message.Should().Contain("case");
    }

    [TestMethod]
    public void Matching_dll_passes() =>
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"/app/Contoso.Api.dll\"]\n", project: Project).Should().BeEmpty();

    [TestMethod]
    public void Other_project_or_assembly_name_override_passes()
    {
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish src/Worker/Worker.csproj -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"Worker.dll\"]\n", project: Project)
            .Should().BeEmpty();
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -p:AssemblyName=Api -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n", project: Project)
            .Should().BeEmpty();
    }

    [TestMethod]
    public void Unknown_project_passes() =>
        OptionsRuleTestHelpers.Run(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n").Should().BeEmpty();
}
