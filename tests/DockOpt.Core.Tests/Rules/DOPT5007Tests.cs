using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT5007Tests
{
    private const string Id = "DOPT5007";

    [TestMethod]
    public void Variable_in_exec_cmd_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:$PORT\", \"main:app\"]\n", "2:28-2:43");

    [TestMethod]
    public void Variable_in_exec_healthcheck_and_run_is_caught()
    {
        Catches(Id, "FROM python:3.12-slim\nHEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost:${PORT}/\"]\n", "2:32-2:59");
        Catches(Id, "FROM python:3.12 AS build\nRUN [\"pip\", \"install\", \"--target\", \"$HOME/lib\", \"x\"]\nFROM python:3.12-slim\n", "2:36-2:47");
    }

    [TestMethod]
    public void The_message_quotes_the_whole_reference_with_its_braces()
    {
        Run(Id, "FROM python:3.12-slim\nCMD [\"gunicorn\", \"--bind\", \"0.0.0.0:${PORT}\", \"main:app\"]\n").Single().Message.Should().StartWith("${PORT} is not expanded");
        Run(Id, "FROM python:3.12-slim\nCMD [\"serve\", \"--port=${PORT:-8080}\"]\n").Single().Message.Should().StartWith("${PORT:-8080} is not expanded");
        Run(Id, "FROM python:3.12-slim\nCMD [\"serve\", \"--name=${HOST%%.*}\"]\n").Single().Message.Should().StartWith("${HOST%%.*} is not expanded");
        Run(Id, "FROM python:3.12-slim\nCMD [\"serve\", \"--n=${#NAME}\"]\n").Single().Message.Should().StartWith("${#NAME} is not expanded");
    }

    [TestMethod]
    public void Shells_and_envsubst_pass()
    {
        Passes(Id, "FROM python:3.12-slim\nCMD [\"sh\", \"-c\", \"exec gunicorn --bind 0.0.0.0:$PORT main:app\"]\n");
        Passes(Id, "FROM python:3.12-slim\nENTRYPOINT [\"/bin/bash\", \"-c\"]\nCMD [\"exec gunicorn --bind :$PORT main:app\"]\n");
        Passes(Id, "FROM nginx:1.27\nCMD [\"/bin/sh\", \"-ec\", \"envsubst '$PORT' < /t > /c && exec nginx\"]\n");
        Passes(Id, "FROM nginx:1.27\nRUN [\"envsubst\", \"$PORT\"]\n");
    }

    [TestMethod]
    public void Maven_resource_placeholders_pass() =>
        Passes(Id, "FROM eclipse-temurin:21-jre\nCMD [\"/app/run.sh\", \"${project.artifactId}-${project.version}\"]\n");

    [TestMethod]
    public void Java_placeholders_pass() =>
        Passes(Id, "FROM eclipse-temurin:21-jre\nENTRYPOINT [\"java\", \"-Dserver.port=${PORT}\", \"-jar\", \"/app.jar\"]\n");

    [TestMethod]
    public void Shell_form_and_builder_cmd_pass() =>
        Passes(Id, "FROM python:3.12 AS build\nCMD [\"echo\", \"$HOME\"]\nFROM python:3.12-slim\nCMD gunicorn --bind :$PORT main:app\n");
}
