using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1007Tests
{
    private const string Id = "DOPT1007";

    [TestMethod]
    public void Add_of_a_local_file_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nADD app.conf /etc/app/\n", "2:1-2:4");

    [TestMethod]
    public void Add_of_the_context_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nADD . /app\n", "2:1-2:4");

    [TestMethod]
    public void Add_of_a_zip_is_caught_as_it_is_not_extracted() =>
        Catches(Id, "FROM alpine:3.20\nADD app.zip /opt/\n", "2:1-2:4");

    [TestMethod]
    public void Lower_case_keyword_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nadd app.conf /etc/app/\n", "2:1-2:4");

    [TestMethod]
    public void Add_of_a_url_passes() =>
        Passes(Id, "FROM alpine:3.20\nADD https://example.com/tool.tar.gz /tmp/\n");

    [TestMethod]
    public void Add_of_a_local_tar_archive_passes() =>
        Passes(Id, "FROM alpine:3.20\nADD rootfs.tar.xz /\n");

    [TestMethod]
    public void Add_of_a_git_repository_passes() =>
        Passes(Id, "FROM alpine:3.20\nADD git@github.com:acme/app.git#v1 /src\n");

    [TestMethod]
    public void Add_with_checksum_passes() =>
        Passes(Id, "FROM alpine:3.20\nADD --checksum=sha256:0000 https://example.com/x /x\n");

    [TestMethod]
    public void Add_of_a_heredoc_passes() =>
        Passes(Id, "FROM alpine:3.20\nADD <<EOF /etc/motd\nhello\nEOF\n");

    [TestMethod]
    public void Copy_passes() =>
        Passes(Id, "FROM alpine:3.20\nCOPY app.conf /etc/app/\n");

    [TestMethod]
    public void Fix_is_safe_for_a_folder()
    {
        var fix = Run(Id, "FROM alpine:3.20\nADD . /app\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Safe);
        fix.Edits.Single().NewText.Should().Be("COPY");
    }

    [TestMethod]
    public void Fix_is_unsafe_for_a_file()
    {
        var fix = Run(Id, "FROM alpine:3.20\nadd app.conf /etc/app/\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().Be("copy");
    }

}
