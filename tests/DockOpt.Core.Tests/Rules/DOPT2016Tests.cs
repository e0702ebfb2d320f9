using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2016Tests
{
    private const string Id = "DOPT2016";

    [TestMethod]
    public void Copied_archive_extracted_later_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nCOPY tool.tar.gz /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt\n", "3:14-3:30");

    [TestMethod]
    public void Old_style_tar_after_a_download_is_caught() =>
        Catches(Id, "FROM centos:7\nRUN wget https://example.com/t.tar.gz -O /tmp/t.tar.gz\nRUN tar xvf /tmp/t.tar.gz -C /opt\n", "3:13-3:26");

    [TestMethod]
    public void Unzip_of_an_added_url_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nADD https://example.com/tf.zip /tmp/tf.zip\nRUN unzip -q /tmp/tf.zip -d /usr/local/bin\n", "3:14-3:25");

    [TestMethod]
    public void Dpkg_install_of_a_copied_package_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nCOPY tool.deb /tmp/\nRUN dpkg -i /tmp/tool.deb\n", "3:13-3:26");

    [TestMethod]
    public void Deleted_in_the_same_run_is_left_to_DOPT2007() =>
        Passes(Id, "FROM debian:12-slim\nCOPY tool.tar.gz /tmp/\nRUN tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz\n");

    [TestMethod]
    public void Downloaded_and_extracted_in_one_run_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN curl -fsSLo /tmp/t.tgz https://example.com/t.tgz && tar -xzf /tmp/t.tgz -C /opt && rm /tmp/t.tgz\n");

    [TestMethod]
    public void Bind_mounted_archive_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN --mount=type=bind,source=tool.tar.gz,target=/tmp/tool.tar.gz tar -xzf /tmp/tool.tar.gz -C /opt\n");

    [TestMethod]
    public void Creating_an_archive_passes() =>
        Passes(Id, "FROM debian:12-slim\nCOPY data /data\nRUN tar -czf /backup.tgz /data\n");
}
