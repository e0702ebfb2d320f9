using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4008Tests
{
    private const string Id = "DOPT4008";

    [TestMethod]
    public void Earlier_cmd_is_caught() => Catches(Id, "FROM python:3.12\nCMD [\"python\"]\nEXPOSE 80\nCMD [\"gunicorn\"]\n", "2:1-2:4");

    [TestMethod]
    public void Earlier_entrypoint_and_healthcheck_are_caught() =>
        Catches(Id, "FROM nginx:1.27\nENTRYPOINT [\"a\"]\nHEALTHCHECK CMD true\nENTRYPOINT [\"b\"]\nHEALTHCHECK NONE\n", "2:1-2:11", "3:1-3:12");

    [TestMethod]
    public void Fix_deletes_the_overridden_line()
    {
        var fix = Run(Id, "FROM python:3.12\nCMD [\"python\"]\nCMD [\"gunicorn\"]\n").Single().Fix!;

        fix.Edits.Single().Span.Should().Be(new DockOpt.Core.Text.TextSpan(17, 32));
    }

    [TestMethod]
    public void One_per_stage_passes() => Passes(Id, "FROM python:3.12 AS build\nCMD [\"a\"]\nFROM python:3.12\nCMD [\"b\"]\nENTRYPOINT [\"c\"]\n");
}
