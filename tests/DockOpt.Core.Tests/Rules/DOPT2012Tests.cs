using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2012Tests
{
    private const string Id = "DOPT2012";

    [TestMethod]
    public void Zypper_install_without_clean_is_caught() =>
        Catches(Id, "FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl\n", "2:5-2:37");

    [TestMethod]
    public void Short_alias_is_caught() =>
        Catches(Id, "FROM opensuse/leap:15.6\nRUN zypper -n in curl\n", "2:5-2:17");

    [TestMethod]
    public void Clean_afterwards_passes() =>
        Passes(Id, "FROM opensuse/leap:15.6\nRUN zypper -n in curl; zypper -n clean -a\n");

    [TestMethod]
    public void Cc_alias_passes() =>
        Passes(Id, "FROM opensuse/leap:15.6\nRUN zypper -n ref && zypper -n in curl && zypper cc -a\n");

    [TestMethod]
    public void Cache_mount_passes() =>
        Passes(Id, "FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n in curl\n");
}
