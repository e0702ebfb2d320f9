using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT5002Tests
{
    private const string Id = "DOPT5002";

    [TestMethod]
    public void Gunicorn_fixed_port_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8000\", \"main:app\"]\n", "2:28-2:42");

    [TestMethod]
    public void Uvicorn_and_runserver_ports_are_caught()
    {
        Catches(Id, "FROM python:3.12-slim\nCMD uvicorn main:app --host 0.0.0.0 --port 8000\n", "2:44-2:48");
        Catches(Id, "FROM python:3.12-slim\nCMD [\"python\", \"manage.py\", \"runserver\", \"0.0.0.0:8000\"]\n", "2:42-2:56");
    }

    [TestMethod]
    public void Port_variable_port_8080_and_matching_env_pass()
    {
        Passes(Id, "FROM python:3.12-slim\nCMD exec gunicorn --bind :$PORT main:app\n");
        Passes(Id, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:8080\", \"main:app\"]\n");
        Passes(Id, "FROM python:3.12-slim\nENV PORT=5000\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:5000\", \"main:app\"]\n");
        Passes(Id, "FROM python:3.12-slim\nCMD uvicorn main:app --host 0.0.0.0 --port ${PORT:-8080}\n");
    }

    [TestMethod]
    public void Server_behind_a_proxy_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD gunicorn -b 0.0.0.0:8000 main:app & nginx -g 'daemon off;'\n");

    [TestMethod]
    public void Builder_stage_command_passes() =>
        Passes(Id, "FROM python:3.12 AS test\nCMD [\"flask\", \"run\", \"--port\", \"5000\"]\nFROM python:3.12-slim\nCMD [\"gunicorn\", \"main:app\"]\n");
}
