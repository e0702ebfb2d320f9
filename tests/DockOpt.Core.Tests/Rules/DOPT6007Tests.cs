using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6007Tests
{
    private const string Id = "DOPT6007";

    [TestMethod]
    public void User_install_as_root_with_a_user_at_runtime_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN pip install --user --no-cache-dir flask\nUSER app\n", "2:17-2:23");

    [TestMethod]
    public void Pip_user_variable_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nENV PIP_USER=1\nRUN pip install flask\nUSER 1000\n", "3:5-3:16");

    [TestMethod]
    public void User_install_run_as_that_user_passes() =>
        Passes(Id, "FROM python:3.12-slim\nUSER app\nRUN pip install --user flask\n");

    [TestMethod]
    public void Image_that_runs_as_root_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install --user flask\n");

    [TestMethod]
    public void Pythonuserbase_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV PYTHONUSERBASE=/opt/py\nRUN pip install --user flask\nUSER app\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nRUN pip install --user flask\nFROM python:3.12-slim\nCOPY --from=build /root/.local /home/app/.local\nUSER app\n");

    [TestMethod]
    public void Unresolved_final_user_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install --user flask\nUSER $APP_USER\n");
}
