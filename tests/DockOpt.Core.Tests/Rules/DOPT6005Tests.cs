using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6005Tests
{
    private const string Id = "DOPT6005";

    [TestMethod]
    public void Bare_pip_after_creating_a_venv_is_caught() =>
        Catches(Id, "FROM python:3.12-slim AS build\nRUN python -m venv /opt/venv\nRUN pip install --no-cache-dir -r requirements.txt\n", "3:5-3:16");

    [TestMethod]
    public void Same_run_without_activation_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN python3 -m venv /venv && pip install flask\n", "2:30-2:41");

    [TestMethod]
    public void Relative_venv_is_resolved() =>
        Catches(Id, "FROM python:3.12-slim\nWORKDIR /app\nRUN python -m venv .venv\nENV PATH=/opt/other/bin:$PATH\nRUN python -m pip install flask\n", "5:5-5:26");

    [TestMethod]
    public void Venv_on_path_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN python -m venv /opt/venv\nENV PATH=\"/opt/venv/bin:$PATH\"\nRUN pip install flask\n");

    [TestMethod]
    public void Relative_venv_on_path_passes() =>
        Passes(Id, "FROM python:3.12-slim\nWORKDIR /app\nRUN python -m venv .venv\nENV PATH=/app/.venv/bin:$PATH\nRUN pip install flask\n");

    [TestMethod]
    public void Activated_in_the_same_run_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN python -m venv /opt/venv\nRUN . /opt/venv/bin/activate && pip install flask\n");

    [TestMethod]
    public void Venv_pip_by_path_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN python -m venv /opt/venv && /opt/venv/bin/pip install flask\n");

    [TestMethod]
    public void Upgrading_pip_only_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN python -m venv /opt/venv\nRUN pip install --upgrade pip setuptools wheel\n");

    [TestMethod]
    public void Install_with_prefix_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN python -m venv /opt/venv\nRUN pip install --prefix=/install flask\n");

    [TestMethod]
    public void Pip_before_the_venv_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN pip install flask\nRUN python -m venv /opt/venv\n");

    [TestMethod]
    public void Path_set_in_a_base_stage_passes() =>
        Passes(Id, "FROM python:3.12-slim AS base\nRUN python -m venv /opt/venv\nENV PATH=/opt/venv/bin:$PATH\nFROM base\nRUN pip install flask\n");
}
