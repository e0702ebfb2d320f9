using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2001Tests
{
    private const string Id = "DOPT2001";

    [TestMethod]
    [DataRow("pip install flit && flit install --deps production && rm -rf $(pip cache dir)")]
    [DataRow("pip install -r requirements.txt && pip cache purge")]
    [DataRow("pip install -r requirements.txt && rm -rf /root/.cache/pip")]
    [DataRow("pip install -r requirements.txt && rm -rf ~/.cache")]
    public void A_cache_removed_later_in_the_same_run_passes(string run) => Passes(Id, $"FROM python:3.12-slim\nRUN {run}\n");

    [TestMethod]
    public void Removing_something_else_does_not_count() =>
        Catches(Id, "FROM python:3.12-slim\nRUN pip install -r requirements.txt && rm -rf /tmp/build\n", "2:5-2:16");

    [TestMethod]
    public void Pip_install_without_no_cache_dir_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN pip install -r requirements.txt\n", "2:5-2:16");

    [TestMethod]
    public void Python_m_pip_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN python3 -m pip install flask\n", "2:5-2:27");

    [TestMethod]
    public void Pip_in_a_heredoc_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN <<EOF\nset -e\npip3 install flask\nEOF\n", "4:1-4:13");

    [TestMethod]
    public void No_cache_dir_passes() => Passes(Id, "FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n");

    [TestMethod]
    public void Env_pip_no_cache_dir_passes() =>
        Passes(Id, "FROM python:3.12-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n");

    [TestMethod]
    public void Env_in_a_base_stage_passes() =>
        Passes(Id, "FROM python:3.12-slim AS base\nENV PIP_NO_CACHE_DIR=off\nFROM base\nRUN pip install flask\n");

    [TestMethod]
    public void Inline_assignment_passes() => Passes(Id, "FROM python:3.12-slim\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n");

    [TestMethod]
    public void Cache_mount_over_pip_cache_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n");

    [TestMethod]
    public void Cache_mount_over_the_whole_cache_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache pip install flask\n");

    [TestMethod]
    public void Bind_mount_does_not_count() =>
        Catches(Id, "FROM python:3.12-slim\nRUN --mount=type=bind,target=/root/.cache/pip pip install flask\n", "2:47-2:58");

    [TestMethod]
    public void Builder_stage_that_does_not_ship_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nRUN pip install --prefix=/install flask\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n");

    [TestMethod]
    public void Pip_download_passes() => Passes(Id, "FROM python:3.12-slim\nRUN pip download flask -d /wheels\n");

    [TestMethod]
    public void Fix_adds_the_flag_after_install()
    {
        var fix = Run(Id, "FROM python:3.12-slim\nRUN pip install flask\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Safe);
        fix.Edits.Single().NewText.Should().Be(" --no-cache-dir");
        fix.Edits.Single().Span.Start.Should().Be("FROM python:3.12-slim\nRUN pip install".Length);
    }
}
