using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4016Tests
{
    private const string Id = "DOPT4016";

    [TestMethod]
    public void Apt_get_install_without_yes_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl\n", "2:31-2:38");

    [TestMethod]
    public void Yum_dnf_and_zypper_are_caught()
    {
        Catches(Id, "FROM centos:7\nRUN yum install httpd\n", "2:9-2:16");
        Catches(Id, "FROM fedora:40\nRUN dnf group install 'Development Tools'\n", "2:9-2:14");
        Catches(Id, "FROM opensuse/leap:15.6\nRUN zypper install curl\n", "2:12-2:19");
    }

    [TestMethod]
    public void Fix_adds_yes_after_the_subcommand()
    {
        var edit = Run(Id, "FROM debian:12\nRUN apt-get install curl\n").Single().Fix!.Edits.Single();

        edit.NewText.Should().Be(" -y");
        edit.Span.Start.Should().Be("FROM debian:12\nRUN apt-get install".Length);
    }

    [TestMethod]
    public void Answered_prompts_pass() => Passes(Id,
        "FROM debian:12\nRUN apt-get install -y a && apt-get -qq install b && apt-get install --yes c && yes | apt-get install d"
        + " && apt-get -o APT::Get::Assume-Yes=true install e && apt-get update && apt-get -s upgrade\n");

    [TestMethod]
    public void Answered_rpm_prompts_pass() => Passes(Id,
        "FROM fedora:40\nRUN dnf -y install a && yum install --assumeyes b && dnf --setopt=assumeyes=1 remove c && dnf group list && microdnf install d"
        + " && zypper -n install e && zypper install -y f && zypper refresh\n");

    [TestMethod]
    public void Assume_yes_configured_earlier_passes() =>
        Passes(Id, "FROM debian:12\nRUN echo 'APT::Get::Assume-Yes \"true\";' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl\n");
}
