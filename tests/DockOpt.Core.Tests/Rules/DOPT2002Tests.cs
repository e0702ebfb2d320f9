using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2002Tests
{
    private const string Id = "DOPT2002";

    [TestMethod]
    public void Lists_left_behind_are_caught() =>
        Catches(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n", "2:5-2:19");

    [TestMethod]
    public void The_command_is_named_as_written_and_spanned_without_its_assignments()
    {
        var found = Run(Id, "FROM debian:12\nRUN DEBIAN_FRONTEND=noninteractive apt update && apt install -y curl\n").Single();

        found.Message.Should().StartWith("the package lists that 'apt update' fetches here");
        $"{found.Location.Line}:{found.Location.Column}-{found.Location.EndLine}:{found.Location.EndColumn}".Should().Be("2:36-2:46");
    }

    [TestMethod]
    public void Apt_get_clean_does_not_count() =>
        Catches(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y curl && apt-get clean\n", "2:5-2:19");

    [TestMethod]
    public void Removal_in_a_later_run_does_not_count() =>
        Catches(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN rm -rf /var/lib/apt/lists/*\n", "2:5-2:19");

    [TestMethod]
    public void Removal_in_the_same_run_passes() =>
        Passes(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n && rm -rf /var/lib/apt/lists/*\n");

    [TestMethod]
    public void Removal_of_the_folder_passes() =>
        Passes(Id, "FROM debian:12\nRUN set -eux; apt-get update; apt-get install -y curl; rm -fr /var/lib/apt/lists\n");

    [TestMethod]
    public void Cache_mount_on_apt_lists_passes() =>
        Passes(Id, "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl\n");

    [TestMethod]
    public void Cache_mount_on_var_lib_apt_passes() =>
        Passes(Id, "FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /x /x\n");

    [TestMethod]
    public void The_seeds_multi_stage_install_passes() =>
        Passes(Id, "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends \\\npython3-pip \\\n&& rm -rf /var/lib/apt/lists/*\n");
}
