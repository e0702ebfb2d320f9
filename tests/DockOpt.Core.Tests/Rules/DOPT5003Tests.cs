using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT5003Tests
{
    private const string Id = "DOPT5003";

    [TestMethod]
    public void Explicit_loopback_bind_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"127.0.0.1:8000\", \"main:app\"]\n", "2:28-2:44");

    [TestMethod]
    public void Uvicorn_default_host_is_caught() => Catches(Id, "FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\", \"--port\", \"8080\"]\n", "2:6-2:15");

    [TestMethod]
    public void Flask_run_and_runserver_defaults_are_caught()
    {
        Catches(Id, "FROM python:3.12-slim\nCMD flask run\n", "2:5-2:10");
        Catches(Id, "FROM python:3.12-slim\nCMD python manage.py runserver 8000\n", "2:12-2:21");
    }

    [TestMethod]
    public void Fastapi_dev_default_host_is_caught() => Catches(Id, "FROM python:3.12-slim\nCMD [\"fastapi\", \"dev\", \"main.py\"]\n", "2:6-2:15");

    [TestMethod]
    public void Aspnetcore_urls_on_localhost_is_caught() =>
        Catches(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nENV ASPNETCORE_URLS=http://localhost:8080\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n", "2:21-2:42");

    [TestMethod]
    public void All_interfaces_pass()
    {
        Passes(Id, "FROM python:3.12-slim\nCMD [\"uvicorn\", \"main:app\", \"--host\", \"0.0.0.0\"]\n");
        Passes(Id, "FROM python:3.12-slim\nCMD flask run --host=0.0.0.0\n");
        Passes(Id, "FROM python:3.12-slim\nCMD python manage.py runserver 0:8000\n");
        Passes(Id, "FROM python:3.12-slim\nCMD exec gunicorn main:app\n");
        Passes(Id, "FROM python:3.12-slim\nCMD [\"fastapi\", \"run\", \"main.py\"]\n");
    }

    [TestMethod]
    public void Server_behind_a_proxy_in_the_same_container_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCMD gunicorn -b 127.0.0.1:8000 main:app & exec nginx -g 'daemon off;'\n");

    [TestMethod]
    public void Host_from_the_environment_passes()
    {
        Passes(Id, "FROM python:3.12-slim\nENV UVICORN_HOST=0.0.0.0\nCMD [\"uvicorn\", \"main:app\"]\n");
        Passes(Id, "FROM python:3.12-slim\nCMD FLASK_RUN_HOST=0.0.0.0 flask run\n");
    }
}
