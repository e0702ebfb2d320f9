using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2017Tests
{
    private const string Id = "DOPT2017";

    [TestMethod]
    public void Uv_sync_without_no_cache_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN uv sync --frozen\n", "2:5-2:12");

    [TestMethod]
    public void Uv_pip_install_names_the_verb() =>
        Catches(Id, "FROM python:3.12-slim\nRUN uv pip install --system flask\n", "2:5-2:19");

    [TestMethod]
    public void Poetry_install_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN poetry install --only main\n", "2:5-2:19");

    [TestMethod]
    public void Conda_env_create_is_caught() =>
        Catches(Id, "FROM continuumio/miniconda3\nRUN conda env create -f environment.yml\n", "2:5-2:21");

    [TestMethod]
    public void Uv_no_cache_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN uv sync --frozen --no-cache\n");

    [TestMethod]
    public void Uv_no_cache_variable_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV UV_NO_CACHE=1\nRUN uv sync --frozen\n");

    [TestMethod]
    public void Uv_cache_mount_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen\n");

    [TestMethod]
    public void Poetry_cache_removed_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV POETRY_CACHE_DIR=/tmp/poetry_cache\nRUN poetry install && rm -rf $POETRY_CACHE_DIR\n");

    [TestMethod]
    public void Conda_clean_afterwards_passes() =>
        Passes(Id, "FROM continuumio/miniconda3\nRUN conda env create -f environment.yml && conda clean -afy\n");

    [TestMethod]
    public void Micromamba_clean_passes() =>
        Passes(Id, "FROM mambaorg/micromamba:1.5\nRUN micromamba install -y -n base -f env.yml && micromamba clean --all --yes\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nRUN uv sync\nFROM python:3.12-slim\nCOPY --from=build /app /app\n");
}
