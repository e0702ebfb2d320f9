using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6003Tests
{
    private const string Id = "DOPT6003";

    [TestMethod]
    public void Flask_run_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD flask run --host=0.0.0.0\n", "2:5-2:14");

    [TestMethod]
    public void Flask_run_in_exec_form_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"flask\", \"run\", \"--host=0.0.0.0\"]\n", "2:7-2:19");

    [TestMethod]
    public void Python_m_flask_run_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"python\", \"-m\", \"flask\", \"run\"]\n", "2:7-2:35");

    [TestMethod]
    public void Manage_py_runserver_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD python manage.py runserver 0.0.0.0:8000\n", "2:5-2:31");

    [TestMethod]
    public void Uvicorn_reload_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\", \"--reload\", \"--host\", \"0.0.0.0\"]\n", "2:30-2:38");

    [TestMethod]
    public void Fastapi_dev_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"fastapi\", \"dev\", \"main.py\"]\n", "2:7-2:21");

    [TestMethod]
    public void Server_behind_an_entrypoint_script_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nENTRYPOINT [\"/docker-entrypoint.sh\"]\nCMD [\"python\", \"manage.py\", \"runserver\"]\n", "3:7-3:39");

    [TestMethod]
    public void Gunicorn_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"app:app\"]\n");

    [TestMethod]
    public void Uvicorn_without_reload_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\"]\n");

    [TestMethod]
    public void Fastapi_run_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD [\"fastapi\", \"run\", \"main.py\"]\n");

    [TestMethod]
    public void Development_stage_that_does_not_ship_passes() =>
        Passes(Id, "FROM python:3.12-slim AS dev\nCMD flask run\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"app:app\"]\n");

    [TestMethod]
    public void Final_stage_named_development_passes() =>
        Passes(Id, "FROM python:3.12-slim AS development\nCMD flask run --host=0.0.0.0\n");

    [TestMethod]
    public void Flask_other_command_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD [\"flask\", \"db\", \"upgrade\"]\n");

    [TestMethod]
    public void File_named_for_development_passes() =>
        Core.Analysis.DockerfileAnalyzer.Analyze("FROM python:3.12-slim\nCMD flask run --host=0.0.0.0\n", "docker/Dockerfile.dev", new Core.Analysis.AnalyzerOptions { Select = [Id] })
            .Diagnostics.Should().BeEmpty();

}
