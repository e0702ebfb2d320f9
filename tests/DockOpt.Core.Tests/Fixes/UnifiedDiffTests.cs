using DockOpt.Core.Fixes;

namespace DockOpt.Core.Tests.Fixes;

[TestClass]
public sealed class UnifiedDiffTests
{
    [TestMethod]
    public void Equal_texts_give_no_diff() => UnifiedDiff.Create("a\n", "a\n", "a", "b").Should().BeEmpty();

    [TestMethod]
    public void Changed_line_shows_with_context()
    {
        var diff = UnifiedDiff.Create("1\n2\n3\n4\n5\n", "1\n2\nthree\n4\n5\n", "a/Dockerfile", "b/Dockerfile");

        diff.Should().Be("--- a/Dockerfile\n+++ b/Dockerfile\n@@ -1,5 +1,5 @@\n 1\n 2\n-3\n+three\n 4\n 5\n");
    }

    [TestMethod]
    public void Distant_changes_make_separate_hunks()
    {
        var old = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i}\n"));
        var changed = old.Replace("2\n3\n", "2\nthree\n").Replace("18\n", "eighteen\n");

        UnifiedDiff.Create(old, changed, "a", "b").Split("@@ -").Should().HaveCount(3);
    }

    [TestMethod]
    public void Missing_final_newline_is_marked() =>
        UnifiedDiff.Create("a", "b", "a", "b").Should().Contain("\\ No newline at end of file");
}
