using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3004Tests
{
    private const string Id = "DOPT3004";

    [TestMethod]
    public void Add_url_is_caught() => Catches(Id, "FROM debian:12\nADD https://x.example/tool.tgz /opt/\n", "2:5-2:31");

    [TestMethod]
    public void Add_url_from_an_arg_is_caught() =>
        Catches(Id, "FROM debian:12\nARG URL=https://x.example/tool.tgz\nADD ${URL} /opt/\n", "3:5-3:11");

    [TestMethod]
    public void Add_with_checksum_passes() =>
        Passes(Id, "FROM debian:12\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://x.example/tool.tgz /opt/\n");

    [TestMethod]
    public void Add_of_a_git_repository_passes() => Passes(Id, "FROM debian:12\nADD https://github.com/example/repo.git#v1.2.0 /src\n");

    [TestMethod]
    public void Add_of_a_local_file_passes() => Passes(Id, "FROM debian:12\nADD app.tar.gz /opt/\n");
}
