using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2005Tests
{
    private const string Id = "DOPT2005";

    [TestMethod]
    public void The_official_images_apt_mark_idiom_removes_everything_it_installed() =>
        Passes(Id, "FROM python:3.12-slim\nRUN savedAptMark=\"$(apt-mark showmanual)\"; apt-get update; apt-get install -y --no-install-recommends gcc libpq-dev; pip install --no-cache-dir psycopg2; apt-mark auto '.*' > /dev/null; apt-mark manual $savedAptMark; apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; rm -rf /var/lib/apt/lists/*\nCMD [\"python\", \"app.py\"]\n");

    [TestMethod]
    public void Only_the_packages_removed_by_name_or_virtual_group_are_exempt()
    {
        Passes(Id, "FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install --no-cache-dir psycopg2 && apk del .build-deps\nCMD [\"python\", \"app.py\"]\n");
        Passes(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && pip install --no-cache-dir x && apt-get purge -y gcc && rm -rf /var/lib/apt/lists/*\nCMD [\"python\", \"app.py\"]\n");
        Catches(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends gcc && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*\nCMD [\"python\", \"app.py\"]\n", "2:66-2:69");
    }

    [TestMethod]
    public void Build_essential_in_the_final_stage_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev\nCMD [\"app\"]\n", "2:66-2:81");

    [TestMethod]
    public void Alpine_build_base_is_caught() => Catches(Id, "FROM alpine:3.20\nRUN apk add --no-cache build-base\nCMD [\"app\"]\n", "2:24-2:34");

    [TestMethod]
    public void Versioned_gcc_is_caught() => Catches(Id, "FROM debian:12\nRUN apt-get install -y gcc-12=12.2.0-14\nENTRYPOINT [\"app\"]\n", "2:24-2:40");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nRUN apt-get install -y build-essential\nFROM python:3.12-slim\nCOPY --from=build /x /x\n");

    [TestMethod]
    public void Purged_in_the_same_run_passes() =>
        Passes(Id, "FROM debian:12\nRUN apt-get install -y gcc && make && apt-get purge -y --auto-remove gcc\n");

    [TestMethod]
    public void Virtual_package_deleted_in_the_same_run_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install x && apk del .build-deps\n");

    [TestMethod]
    public void Message_names_the_packages() =>
        Run(Id, "FROM debian:12\nRUN apt-get install -y gcc make cmake libpq-dev libssl-dev\nCMD [\"app\"]\n").Single().Message
            .Should().Contain("'gcc', 'make', 'cmake' and 2 more");

    [TestMethod]
    public void Image_without_a_start_command_passes() =>
        Passes(Id, "FROM ubuntu:22.04\nRUN apt-get install -y build-essential cmake\n");

    [TestMethod]
    public void Runtime_libraries_pass() => Passes(Id, "FROM debian:12\nRUN apt-get install -y libpq5 curl ca-certificates\n");
}
