using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6004Tests
{
    private const string Id = "DOPT6004";

    [TestMethod]
    public void Flask_debug_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nENV FLASK_APP=app.py FLASK_DEBUG=1\n", "2:22-2:35");

    [TestMethod]
    public void Flask_env_development_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nENV FLASK_ENV=development\n", "2:5-2:26");

    [TestMethod]
    public void Debug_option_in_the_command_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"flask\", \"--debug\", \"run\"]\n", "2:16-2:23");

    [TestMethod]
    public void Flask_debug_off_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV FLASK_DEBUG=0\n");

    [TestMethod]
    public void Overridden_in_the_final_stage_passes() =>
        Passes(Id, "FROM python:3.12-slim AS base\nENV FLASK_DEBUG=1\nFROM base\nENV FLASK_DEBUG=false\n");

    [TestMethod]
    public void Flask_debug_decides_over_flask_env() =>
        Passes(Id, "FROM python:3.12-slim\nENV FLASK_ENV=development FLASK_DEBUG=0\n");

    [TestMethod]
    public void Stage_that_does_not_ship_passes() =>
        Passes(Id, "FROM python:3.12-slim AS dev\nENV FLASK_DEBUG=1\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n");

    [TestMethod]
    public void Production_env_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV FLASK_ENV=production\n");
}
