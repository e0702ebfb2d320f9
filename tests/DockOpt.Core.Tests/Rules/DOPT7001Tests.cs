using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7001Tests
{
    private const string Id = "DOPT7001";

    [TestMethod]
    public void Sdk_final_image_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -o /app\nENTRYPOINT [\"dotnet\", \"/app/Api.dll\"]\n", "1:6-1:38");

    [TestMethod]
    public void Sdk_reached_through_a_stage_chain_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS base\nFROM base\nCMD [\"dotnet\", \"run\"]\n", "1:6-1:38");

    [TestMethod]
    public void Runtime_final_image_passes() =>
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"/app/Api.dll\"]\n");

    [TestMethod]
    public void Test_and_build_only_images_pass()
    {
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nENTRYPOINT [\"dotnet\", \"test\"]\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet publish -o /out\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet tool install -g dotnet-format\nENTRYPOINT [\"dotnet\", \"format\"]\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCMD [\"bash\"]\n");
    }
}
