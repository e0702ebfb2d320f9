using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6006Tests
{
    private const string Id = "DOPT6006";

    [TestMethod]
    public void Copying_dot_venv_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCOPY .venv /app/.venv\n", "2:6-2:11");

    [TestMethod]
    public void Copying_venv_folder_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCOPY ./venv/ /opt/venv/\n", "2:6-2:13");

    [TestMethod]
    public void Copying_from_a_builder_stage_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nRUN python -m venv /opt/venv\nFROM python:3.12-slim\nCOPY --from=build /opt/venv /opt/venv\n");

    [TestMethod]
    public void Copying_other_folders_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCOPY src/ /app/src/\n");

    [TestMethod]
    public void Folder_without_pyvenv_cfg_passes_when_the_context_is_known()
    {
        using var context = new TemporaryContext("venv/app.py");

        Core.Analysis.DockerfileAnalyzer.Analyze("FROM python:3.12-slim\nCOPY venv /app\n", "Dockerfile", new Core.Analysis.AnalyzerOptions { Select = [Id], BuildContext = new Core.Analysis.BuildContextView(context.Directory) })
            .Diagnostics.Should().BeEmpty();
    }

    [TestMethod]
    public void Real_virtual_environment_is_caught_when_the_context_is_known()
    {
        using var context = new TemporaryContext(".venv/pyvenv.cfg=home = /usr/bin\n");

        Core.Analysis.DockerfileAnalyzer.Analyze("FROM python:3.12-slim\nCOPY .venv /app/.venv\n", "Dockerfile", new Core.Analysis.AnalyzerOptions { Select = [Id], BuildContext = new Core.Analysis.BuildContextView(context.Directory) })
            .Diagnostics.Should().ContainSingle(d => d.Id == Id);
    }

}
