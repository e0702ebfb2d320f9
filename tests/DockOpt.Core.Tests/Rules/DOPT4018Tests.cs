using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4018Tests
{
    private const string Id = "DOPT4018";

    [TestMethod]
    public void Symlinking_bin_sh_is_caught() => Catches(Id, "FROM debian:12\nRUN ln -sf /bin/bash /bin/sh\n", "2:5-2:29");

    [TestMethod]
    public void Other_links_pass() => Passes(Id, "FROM debian:12\nRUN ln -s /usr/bin/python3 /usr/bin/python && ln /bin/sh /tmp/sh-copy\n");
}
