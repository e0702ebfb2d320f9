using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1005Tests
{
    private const string Id = "DOPT1005";

    [TestMethod]
    public void Apt_install_after_copying_the_context_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\n", "4:23-4:38");

    [TestMethod]
    public void Apk_add_in_a_stage_built_on_one_that_copied_is_caught() =>
        Catches(Id, "FROM alpine:3.20 AS src\nCOPY . /src\nFROM src\nRUN apk add --no-cache make\n", "4:5-4:12");

    [TestMethod]
    public void Install_before_the_copy_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y libpq5\nCOPY . .\n");

    [TestMethod]
    public void Copy_of_single_files_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN apt-get update && apt-get install -y libpq5\n");

    [TestMethod]
    public void Package_list_from_a_file_passes() =>
        Passes(Id, "FROM fedora:40\nCOPY . /src\nRUN xargs dnf -y install < /src/packages.txt\n");

    [TestMethod]
    public void Package_list_from_a_variable_passes() =>
        Passes(Id, "FROM debian:12\nCOPY . /src\nRUN apt-get install -y $PACKAGES\n");

    [TestMethod]
    public void Local_package_file_passes() =>
        Passes(Id, "FROM debian:12\nCOPY . /src\nRUN apt-get install -y /src/tool.deb\n");

    [TestMethod]
    public void Copy_from_another_stage_passes() =>
        Passes(Id, "FROM alpine:3.20 AS build\nRUN echo hi\nFROM alpine:3.20\nCOPY --from=build . /x\nRUN apk add --no-cache curl\n");
}
