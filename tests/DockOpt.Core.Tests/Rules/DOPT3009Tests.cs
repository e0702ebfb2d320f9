using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3009Tests
{
    private const string Id = "DOPT3009";

    [TestMethod]
    public void Apt_allow_unauthenticated_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN apt-get install -y --allow-unauthenticated curl\n", "2:24-2:47");

    [TestMethod]
    public void Apk_allow_untrusted_is_caught() => Catches(Id, "FROM alpine:3.20\nRUN apk add --allow-untrusted /tmp/x.apk\n", "2:13-2:30");

    [TestMethod]
    public void Dnf_nogpgcheck_is_caught() => Catches(Id, "FROM fedora:40\nRUN dnf install -y --nogpgcheck x\n", "2:20-2:32");

    [TestMethod]
    public void Trusted_source_line_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN echo \"deb [trusted=yes] http://repo.example/apt stable main\" > /etc/apt/sources.list.d/x.list\n", "2:10-2:65");

    [TestMethod]
    public void Signed_by_source_line_passes() =>
        Passes(Id, "FROM debian:12\nRUN echo \"deb [signed-by=/etc/apt/keyrings/x.asc] https://repo.example/apt stable main\" > /etc/apt/sources.list.d/x.list\n");

    [TestMethod]
    public void Gpgcheck_on_passes() => Passes(Id, "FROM fedora:40\nRUN dnf install -y --setopt=gpgcheck=1 x && echo gpgcheck=1 >> /etc/dnf/dnf.conf\n");
}
