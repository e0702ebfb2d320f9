using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6008Tests
{
    private const string Id = "DOPT6008";

    [TestMethod]
    public void Package_without_version_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN pip install --no-cache-dir gunicorn\n", "2:32-2:40");

    [TestMethod]
    public void Each_unpinned_package_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN pip install flask==3.0.3 \"uvicorn[standard]\" celery\n", "2:30-2:49", "2:50-2:56");

    [TestMethod]
    public void Requirements_file_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n");

    [TestMethod]
    public void Any_specifier_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install 'django>=5,<6' requests~=2.32\n");

    [TestMethod]
    public void Upgrading_pip_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install --upgrade pip setuptools wheel\n");

    [TestMethod]
    public void Project_and_paths_pass() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install . ./libs/core /wheels/app-1.0-py3-none-any.whl\n");

    [TestMethod]
    public void Url_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install git+https://example.com/lib.git@v1\n");

    [TestMethod]
    public void Constraints_pass() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install -c constraints.txt flask\n");

    [TestMethod]
    public void Variable_passes() =>
        Passes(Id, "FROM python:3.12-slim\nARG FLASK=flask==3.0\nRUN pip install $FLASK\n");
}
