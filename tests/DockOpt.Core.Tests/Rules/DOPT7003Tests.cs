using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT7003Tests
{
    private const string Id = "DOPT7003";

    [TestMethod]
    public void Useradd_app_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN groupadd app && useradd -g app app\n", "2:14-2:17", "2:36-2:39");

    [TestMethod]
    public void Alpine_adduser_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-alpine\nRUN addgroup -S app && adduser -S -G app app\n", "2:17-2:20", "2:42-2:45");

    [TestMethod]
    public void Older_images_other_names_and_guarded_commands_pass()
    {
        Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:7.0\nRUN useradd app\n");
        Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nRUN useradd appuser && groupadd -f app && (id app || useradd app)\n");
        Passes(Id, "FROM python:3.12\nRUN useradd app\n");
    }
}
