using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0005Tests
{
    private const string Id = "DOPT0005";

    [TestMethod]
    public void Minority_casing_is_caught() => Catches(Id, "FROM alpine:3.20\nrun echo a\nCMD [\"sh\"]\n", "2:1-2:4");

    [TestMethod]
    public void Mixed_case_keyword_is_caught() => Catches(Id, "from alpine:3.20\nRun echo a\ncmd [\"sh\"]\n", "2:1-2:4");

    [TestMethod]
    public void Tie_goes_to_upper_case() => Catches(Id, "FROM alpine:3.20\nrun echo a\n", "2:1-2:4");

    [TestMethod]
    public void Consistent_lower_case_passes() => Passes(Id, "arg V=1\nfrom alpine:3.20\nrun echo a\n");

    [TestMethod]
    public void Consistent_upper_case_passes() => Passes(Id, "ARG V=1\nFROM alpine:3.20\nRUN echo a\n");
}
