using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0004Tests
{
    private const string Id = "DOPT0004";

    [TestMethod]
    public void Blank_line_inside_a_continuation_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nRUN echo a \\\n\n    && echo b\n", "2:1-2:4");

    [TestMethod]
    public void Fix_removes_the_blank_lines()
    {
        var fix = Run(Id, "FROM alpine:3.20\nRUN echo a \\\n\n  \n    && echo b\n").Single().Fix!;

        fix.Edits.Should().HaveCount(2);
        fix.Applicability.Should().Be(DockOpt.Core.Fixes.FixApplicability.Safe);
    }

    [TestMethod]
    public void Comment_inside_a_continuation_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN echo a \\\n# note\n    && echo b\n");

    [TestMethod]
    public void Blank_line_in_a_heredoc_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN <<EOF\necho a\n\necho b\nEOF\n");
}
