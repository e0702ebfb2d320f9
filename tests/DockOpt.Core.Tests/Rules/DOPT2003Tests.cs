using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2003Tests
{
    private const string Id = "DOPT2003";

    [TestMethod]
    public void Install_with_recommends_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN apt-get install -y curl\n", "2:5-2:20");

    [TestMethod]
    public void Combined_flags_are_understood() =>
        Catches(Id, "FROM debian:12\nRUN apt-get -yq install curl\n", "2:5-2:24");

    [TestMethod]
    public void Apt_install_is_caught() => Catches(Id, "FROM debian:12\nRUN apt install -y curl\n", "2:5-2:16");

    [TestMethod]
    public void Flag_passes() => Passes(Id, "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n");

    [TestMethod]
    public void Option_passes() => Passes(Id, "FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n");

    [TestMethod]
    public void Apt_configuration_earlier_in_the_stage_passes() =>
        Passes(Id, "FROM debian:12\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n");

    [TestMethod]
    public void Unused_stage_passes() => Passes(Id, "FROM debian:12 AS unused\nRUN apt-get install -y curl\nFROM debian:12\n");

    [TestMethod]
    public void Fix_is_unsafe()
    {
        var fix = Run(Id, "FROM debian:12\nRUN apt-get install -y curl\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Unsafe);
    }
}
