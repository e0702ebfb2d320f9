using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7002Tests
{
    private const string Id = "DOPT7002";

    [TestMethod]
    public void Urls_on_port_80_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_URLS=http://+:80\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n", "2:5-2:32");

    [TestMethod]
    public void Http_ports_and_urls_argument_are_caught()
    {
        Catches(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_HTTP_PORTS=5000\n", "2:5-2:31");
        Catches(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"dotnet\", \"Api.dll\", \"--urls\", \"http://0.0.0.0:5000\"]\n", "2:34-2:65");
    }

    [TestMethod]
    public void Port_8080_and_port_variable_pass()
    {
        Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_HTTP_PORTS=8080\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_URLS=http://+:8080\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENTRYPOINT [\"sh\", \"-c\", \"exec dotnet Api.dll --urls http://0.0.0.0:${PORT:-8080}\"]\n");
    }

    [TestMethod]
    public void Non_dotnet_image_passes() => Passes(Id, "FROM python:3.12\nENV ASPNETCORE_URLS=http://+:80\n");
}
