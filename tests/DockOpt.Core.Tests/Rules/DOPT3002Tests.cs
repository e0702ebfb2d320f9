using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3002Tests
{
    private const string Id = "DOPT3002";

    [TestMethod]
    public void Sudo_is_caught() => Catches(Id, "FROM ubuntu:24.04\nRUN sudo apt-get update\n", "2:5-2:9");

    [TestMethod]
    public void Sudo_after_and_is_caught() => Catches(Id, "FROM ubuntu:24.04\nRUN true && sudo -E make install\n", "2:13-2:17");

    [TestMethod]
    public void Sudo_in_a_heredoc_is_caught() => Catches(Id, "FROM ubuntu:24.04\nRUN <<EOF\nsudo make install\nEOF\n", "3:1-3:5");

    [TestMethod]
    public void Fix_removes_sudo_unsafely()
    {
        var fix = Run(Id, "FROM ubuntu:24.04\nRUN sudo apt-get update\n").Single().Fix!;

        fix.Applicability.Should().Be(DockOpt.Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().BeEmpty();
    }

    [TestMethod]
    public void Installing_or_configuring_sudo_passes() =>
        Passes(Id, "FROM ubuntu:24.04\nRUN apt-get install -y sudo && echo 'app ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/app\n");

    [TestMethod]
    public void Gitpod_workspace_image_passes() => Passes(Id, "FROM gitpod/workspace-full:2024-06-10\nRUN sudo apt-get update\n");

    [TestMethod]
    public void Sudo_version_passes() => Passes(Id, "FROM ubuntu:24.04\nRUN sudo -V\n");
}
