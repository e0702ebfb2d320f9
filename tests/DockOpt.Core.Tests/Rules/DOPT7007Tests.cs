using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7007Tests
{
    private const string Id = "DOPT7007";

    [TestMethod]
    public void Obj_and_debug_output_are_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY bin/Debug/net8.0/ /app/\nCOPY src/Api/obj/ /src/obj/\nCOPY bin /app/bin\n",
            "2:6-2:23", "3:6-3:18", "4:6-4:9");

    [TestMethod]
    public void Release_publish_folder_passes() => Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nCOPY bin/Release/net8.0/publish/ /app/\n");

    [TestMethod]
    [DataRow("COPY obj/Docker/publish .")]
    [DataRow("COPY ${source:-obj/Docker/publish} .")]
    [DataRow("COPY obj/build-output/publish /app")]
    public void Publish_folder_under_obj_passes(string copy) => Passes(Id, $"FROM mcr.microsoft.com/dotnet/aspnet:8.0\n{copy}\n");

    [TestMethod]
    public void Non_dotnet_file_passes() => Passes(Id, "FROM gcc:14\nCOPY obj/ /build/obj/\n");
}
