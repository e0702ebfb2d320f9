namespace DockOpt.EndToEnd.Tests;

/// <summary>
/// One project built three times: first (everything analysed), again with nothing changed (findings
/// replayed, nothing analysed), and after one of its three Dockerfiles changed (that one analysed).
/// </summary>
[TestClass]
public sealed class IncrementalBuildTests
{
    private static SampleProject _project = null!;
    private static BuildLog _first = null!;
    private static BuildLog _second = null!;
    private static BuildLog _afterEdit = null!;

    [ClassInitialize]
    public static void BuildThreeTimes(TestContext context)
    {
        _project = SampleProject.Create("Incremental", items: """<DockOptDockerfile Include="deploy/Dockerfile" />""");
        _project.Write("worker.Dockerfile", $"""
            FROM mcr.microsoft.com/dotnet/runtime:{Environment.Version.Major}.0
            WORKDIR /app
            USER app
            ENTRYPOINT ["dotnet", "Incremental.dll"]

            """);
        _project.Write("deploy/Dockerfile", """
            FROM python:3.12-slim
            WORKDIR /app
            COPY . /app
            RUN pip install --no-cache-dir -r requirements.txt
            USER nobody
            CMD ["python", "app.py"]

            """);

        _first = _project.Build();
        _second = _project.Build();
        _project.Write("Dockerfile", SampleProject.NaiveDockerfile("Incremental") + "# edited\n");
        _afterEdit = _project.Build();
    }

    [TestMethod]
    public void First_build_reports_DOPT1001_as_a_canonical_warning_with_the_full_location()
    {
        _first.Succeeded.Should().BeTrue(_first.ToString());
        _first.Lines("warning DOPT1001").Should().Contain(l => l.StartsWith(_project.PathOf("Dockerfile") + "(3,1,3,", StringComparison.Ordinal), _first.ToString());
    }

    [TestMethod]
    public void First_build_analyses_the_default_Dockerfiles_and_the_DockOptDockerfile_items()
    {
        _first.Analyses.Should().ContainSingle().Which.Files.Should().Be(3, _first.ToString());
        _first.Lines("warning DOPT1001").Should().Contain(l => l.StartsWith(_project.PathOf("deploy/Dockerfile") + "(3,1,", StringComparison.Ordinal), _first.ToString());
    }

    [TestMethod]
    public void Second_build_with_nothing_changed_shows_the_warning_again_without_analysing()
    {
        _second.Succeeded.Should().BeTrue(_second.ToString());
        _second.Analyses.Should().BeEmpty(_second.ToString());
        _second.Replayed.Should().BeTrue(_second.ToString());
        _second.Result.Output.Should().Contain("dockopt: 3 file(s) unchanged, findings replayed");
        _second.Lines("warning DOPT1001").Should().BeEquivalentTo(_first.Lines("warning DOPT1001"));
    }

    [TestMethod]
    public void Changed_Dockerfile_is_analysed_again_and_only_it()
    {
        _afterEdit.Analyses.Should().ContainSingle().Which.Files.Should().Be(1, _afterEdit.ToString());
        _afterEdit.Result.Output.Should().Contain("2 unchanged file(s) reused from the cache");
        _afterEdit.Lines("warning DOPT1001").Should().HaveCount(2);
    }

    [TestMethod]
    public void Findings_are_kept_in_the_intermediate_folder()
    {
        File.Exists(_project.PathOf($"obj/Debug/{SampleProject.CurrentFramework}/Incremental.dockopt.cache")).Should().BeTrue();
    }
}
