using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2006Tests
{
    private const string Id = "DOPT2006";

    [TestMethod]
    public void An_autoremove_that_names_nothing_keeps_what_was_installed_by_name() =>
        Catches(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y python3-pillow \\\n && apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false \\\n && rm -rf /var/lib/apt/lists/*\n", "2:42-2:56");

    [TestMethod]
    public void Build_dependencies_removed_in_the_same_run_pass()
    {
        Passes(Id, "FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev python3-dev \\\n && pip install --no-cache-dir psycopg2 \\\n && apk del .build-deps\n");
        Passes(Id, "FROM python:3.12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends python3-dev gcc \\\n && pip install --no-cache-dir psycopg2 && apt-get purge -y python3-dev gcc && rm -rf /var/lib/apt/lists/*\n");
    }

    [TestMethod]
    public void The_seeds_python3_pip_is_caught() =>
        Catches(Id, "FROM python:3.11-slim\nRUN apt-get update && apt-get install -y --no-install-recommends \\\npython3-pip \\\n&& rm -rf /var/lib/apt/lists/*\n", "3:1-3:12");

    [TestMethod]
    public void Python3_and_versioned_packages_are_caught() =>
        Catches(Id, "FROM python:3.12\nRUN apt-get install -y python3 python3.11-venv libpython3.11\n", "2:24-2:31", "2:32-2:47", "2:48-2:61");

    [TestMethod]
    public void Alpine_py3_packages_are_caught() => Catches(Id, "FROM python:3.12-alpine\nRUN apk add py3-pip\n", "2:13-2:20");

    [TestMethod]
    public void Stage_built_on_a_python_stage_is_caught() =>
        Catches(Id, "FROM python:3.12-slim AS base\nFROM base\nRUN apt-get install -y python3-venv\n", "3:24-3:36");

    [TestMethod]
    public void Debian_base_passes() => Passes(Id, "FROM debian:12\nRUN apt-get install -y python3 python3-pip\n");

    [TestMethod]
    public void Unrelated_packages_pass() => Passes(Id, "FROM python:3.12-slim\nRUN apt-get install -y libpq5 pythonpy\n");

    [TestMethod]
    public void Pip_install_passes() => Passes(Id, "FROM python:3.12-slim\nRUN pip install python3-saml\n");
}
