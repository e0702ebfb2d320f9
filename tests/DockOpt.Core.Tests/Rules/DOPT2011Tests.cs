using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2011Tests
{
    private const string Id = "DOPT2011";

    [TestMethod]
    public void Dnf_install_without_clean_is_caught() =>
        Catches(Id, "FROM fedora:40\nRUN dnf -y install git\n", "2:5-2:19");

    [TestMethod]
    public void Yum_install_with_an_earlier_clean_is_caught() =>
        Catches(Id, "FROM centos:7\nRUN yum clean all && yum -y install git\n", "2:22-2:36");

    [TestMethod]
    public void Microdnf_is_caught() =>
        Catches(Id, "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y tzdata\n", "2:5-2:21");

    [TestMethod]
    public void Group_install_names_the_verb() =>
        Catches(Id, "FROM fedora:40\nRUN dnf -y group install development-tools\n", "2:5-2:25");

    [TestMethod]
    public void Clean_all_afterwards_passes() =>
        Passes(Id, "FROM fedora:40\nRUN dnf -y install git && dnf clean all\n");

    [TestMethod]
    public void Yum_clean_after_microdnf_passes() =>
        Passes(Id, "FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN microdnf install -y tzdata && microdnf clean all && rm -rf /var/cache/yum\n");

    [TestMethod]
    public void Removing_the_cache_folder_passes() =>
        Passes(Id, "FROM fedora:40\nRUN dnf -y install git && rm -rf /var/cache/dnf\n");

    [TestMethod]
    public void Cache_mount_passes() =>
        Passes(Id, "FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/dnf dnf -y install git\n");

    [TestMethod]
    public void Installroot_passes() =>
        Passes(Id, "FROM fedora:40 AS build\nRUN dnf -y --installroot=/rootfs install bash\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM fedora:40 AS build\nRUN dnf -y install gcc\nFROM fedora:40\nCOPY --from=build /x /x\n");
}
