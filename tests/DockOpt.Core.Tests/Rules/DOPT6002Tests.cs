using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6002Tests
{
    private const string Id = "DOPT6002";

    [TestMethod]
    public void Python_image_without_the_variable_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCOPY . /app\nCMD [\"python\", \"/app/main.py\"]\n", "3:1-3:4");

    [TestMethod]
    public void Entrypoint_is_reported_when_there_is_no_cmd() =>
        Catches(Id, "FROM python:3.12-slim\nENTRYPOINT [\"gunicorn\", \"app:app\"]\n", "2:1-2:11");

    [TestMethod]
    public void Distribution_python_running_gunicorn_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nRUN apt-get update && apt-get install -y python3 python3-pip\nCMD gunicorn app:app\n", "3:1-3:4");

    [TestMethod]
    public void Env_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV PYTHONUNBUFFERED=1\nCMD [\"python\", \"main.py\"]\n");

    [TestMethod]
    public void Env_after_the_command_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD [\"python\", \"main.py\"]\nENV PYTHONUNBUFFERED True\n");

    [TestMethod]
    public void Env_in_a_base_stage_passes() =>
        Passes(Id, "FROM python:3.12-slim AS base\nENV PYTHONUNBUFFERED=1\nFROM base\nCMD [\"python\", \"main.py\"]\n");

    [TestMethod]
    public void Python_u_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD [\"python\", \"-u\", \"main.py\"]\n");

    [TestMethod]
    public void Inline_setting_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD PYTHONUNBUFFERED=1 exec python main.py\n");

    [TestMethod]
    public void Image_without_a_command_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n");

    [TestMethod]
    public void Non_python_image_passes() =>
        Passes(Id, "FROM node:22-slim\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Distribution_python_running_another_program_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN apt-get update && apt-get install -y python3\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n");

    [TestMethod]
    public void Fix_inserts_the_env_line_before_the_command()
    {
        var fix = Run(Id, "FROM python:3.12-slim\nCMD [\"python\", \"main.py\"]\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().Be("ENV PYTHONUNBUFFERED=1\n");
        fix.Edits.Single().Span.Start.Should().Be("FROM python:3.12-slim\n".Length);
    }

}
