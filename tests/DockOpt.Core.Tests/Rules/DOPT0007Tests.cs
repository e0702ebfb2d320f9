using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0007Tests
{
    private const string Id = "DOPT0007";

    [TestMethod]
    public void Maintainer_is_caught() => Catches(Id, "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n", "2:1-2:11");

    [TestMethod]
    public void Fix_writes_the_oci_label()
    {
        var fix = Run(Id, "FROM alpine:3.20\nMAINTAINER Jane Doe <jane@example.com>\n").Single().Fix!;

        fix.Applicability.Should().Be(DockOpt.Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().Be("LABEL org.opencontainers.image.authors=\"Jane Doe <jane@example.com>\"");
    }

    [TestMethod]
    public void Authors_label_passes() => Passes(Id, "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"Jane\"\n");
}
