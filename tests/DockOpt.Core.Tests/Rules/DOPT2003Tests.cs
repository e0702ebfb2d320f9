using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2003Tests
{
    private const string Id = "DOPT2003";

    [TestMethod]
    public void An_install_of_nothing_passes() =>
        Passes(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y\n");

    [TestMethod]
    public void Names_from_xargs_and_fix_broken_do_install_something()
    {
        Catches(Id, "FROM debian:12\nRUN apt-get update && xargs apt-get install -y < packages.txt\n", "2:29-2:44");
        Catches(Id, "FROM debian:12\nRUN apt-get update && apt-get install -fy\n", "2:23-2:38");
    }

    [TestMethod]
    public void Recommends_autoremoved_in_the_same_run_pass() =>
        Passes(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y build-essential libpq-dev \\\n && pip install --no-cache-dir psycopg2 \\\n && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false build-essential \\\n && rm -rf /var/lib/apt/lists/*\n");

    [TestMethod]
    public void A_plain_autoremove_does_not_count() =>
        Catches(Id, "FROM debian:12\nRUN apt-get update && apt-get install -y gcc && apt-get autoremove -y\n", "2:23-2:38");

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
