using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2007Tests
{
    private const string Id = "DOPT2007";

    [TestMethod]
    public void A_folder_of_requirements_files_removed_again_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCOPY ./requirements /requirements\nRUN pip install --no-cache-dir -r /requirements/production.txt && rm -rf /requirements\n");

    [TestMethod]
    public void A_folder_copied_into_a_folder_is_named_as_the_folder_it_fills()
    {
        var found = Run(Id, "FROM python:3.12 AS build\nRUN pip wheel -w /usr/src/app/wheels flask\nFROM python:3.12-slim\nCOPY --from=build /usr/src/app/wheels /wheels/\nRUN pip install --no-cache-dir /wheels/*\nRUN rm -rf /wheels/\n").Single();

        found.Message.Should().Contain("/wheels").And.NotContain("/wheels/wheels");
    }

    [TestMethod]
    public void Copied_archive_deleted_in_a_later_run_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nCOPY tool.tar.gz /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz\n", "3:45-3:61");

    [TestMethod]
    public void Download_deleted_in_a_later_run_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nRUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz\nRUN rm -f /tmp/x.tgz\n", "3:11-3:21");

    [TestMethod]
    public void Folder_holding_the_file_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nWORKDIR /build\nCOPY src.tar.gz .\nRUN make && rm -rf /build\n", "4:20-4:26");

    [TestMethod]
    public void Glob_over_the_folder_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nCOPY installer.run /tmp/\nRUN sh /tmp/installer.run && rm -rf /tmp/*\n", "3:37-3:43");

    [TestMethod]
    public void Stage_copied_from_another_stage_is_caught() =>
        Catches(Id, "FROM python:3.12 AS build\nRUN pip wheel -w /wheels flask\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*.whl && rm -rf /wheels\n", "5:56-5:63");

    [TestMethod]
    public void Relative_path_after_cd_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nADD https://example.com/app-1.0.tar.gz /tmp/\nRUN cd /tmp && tar xzf app-1.0.tar.gz && rm app-1.0.tar.gz\n", "3:45-3:59");

    [TestMethod]
    public void Inherited_from_a_base_stage_is_caught() =>
        Catches(Id, "FROM debian:12-slim AS base\nCOPY big.bin /opt/big.bin\nFROM base\nRUN rm /opt/big.bin\n", "4:8-4:20");

    [TestMethod]
    public void Created_and_deleted_in_the_same_run_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz && tar -xzf /tmp/x.tgz -C /opt && rm /tmp/x.tgz\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM debian:12 AS build\nCOPY tool.tar.gz /tmp/\nRUN rm /tmp/tool.tar.gz\nFROM debian:12-slim\nCOPY --from=build /opt /opt\n");

    [TestMethod]
    public void Deleting_a_copied_requirements_file_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCOPY requirements.txt /tmp/\nRUN pip install --no-cache-dir -r /tmp/requirements.txt\nRUN rm /tmp/requirements.txt\n");

    [TestMethod]
    public void Deleting_base_image_files_passes() =>
        Passes(Id, "FROM nginx:1.27\nRUN rm /etc/nginx/conf.d/default.conf\n");

    [TestMethod]
    public void Deleting_a_folder_made_by_mkdir_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN mkdir -p /tmp/work\nRUN rm -rf /tmp/work\n");

    [TestMethod]
    public void Deleting_something_inside_a_copied_folder_passes() =>
        Passes(Id, "FROM node:22-slim\nCOPY . /app\nRUN cd /app && npm ci && npm run build && rm -rf /app/.cache\n");
}
