namespace DockOpt.EndToEnd.Tests;

/// <summary>
/// The switches users already know, on dockopt's ids. The first build (in ClassInitialize) analyses
/// with TreatWarningsAsErrors; the others replay its findings under other switches, so the switches
/// are shown to work on both paths.
/// </summary>
[TestClass]
public sealed class WarningSwitchTests
{
    private static SampleProject _project = null!;
    private static BuildLog _treatWarningsAsErrors = null!;

    [ClassInitialize]
    public static void AnalyseWithTreatWarningsAsErrors(TestContext context)
    {
        // Only DOPT1001 runs (DockOptSelect): what the other rules think of the file is not the point here.
        _project = SampleProject.Create("Switches", properties: "<DockOptSelect>DOPT1001</DockOptSelect>");
        _treatWarningsAsErrors = _project.Build("-p:TreatWarningsAsErrors=true");
    }

    [TestMethod]
    public void TreatWarningsAsErrors_fails_the_build_with_error_DOPT1001()
    {
        _treatWarningsAsErrors.Analyses.Should().ContainSingle(_treatWarningsAsErrors.ToString());
        _treatWarningsAsErrors.Succeeded.Should().BeFalse(_treatWarningsAsErrors.ToString());
        _treatWarningsAsErrors.Lines("error DOPT1001").Should().ContainSingle().Which.Should().StartWith(_project.PathOf("Dockerfile") + "(3,1,3,");
        _treatWarningsAsErrors.Lines("warning DOPT1001").Should().BeEmpty();
    }

    [TestMethod]
    public void TreatWarningsAsErrors_also_fails_a_build_that_replays_the_findings()
    {
        var build = _project.Build("-p:TreatWarningsAsErrors=true");

        build.Replayed.Should().BeTrue(build.ToString());
        build.Succeeded.Should().BeFalse(build.ToString());
        build.Lines("error DOPT1001").Should().ContainSingle();
    }

    [TestMethod]
    public void NoWarn_suppresses_a_dockopt_warning()
    {
        var build = _project.Build("-p:NoWarn=DOPT1001");

        build.Succeeded.Should().BeTrue(build.ToString());
        build.Replayed.Should().BeTrue(build.ToString());
        build.Lines("warning DOPT1001").Should().BeEmpty(build.ToString());
    }

    [TestMethod]
    public void NoWarn_wins_over_TreatWarningsAsErrors()
    {
        var build = _project.Build("-p:TreatWarningsAsErrors=true", "-p:NoWarn=DOPT1001");

        build.Lines("error DOPT1001").Should().BeEmpty(build.ToString());
        build.Lines("warning DOPT1001").Should().BeEmpty(build.ToString());
    }

    [TestMethod]
    public void WarningsAsErrors_fails_the_build_for_the_listed_id()
    {
        var build = _project.Build("-p:WarningsAsErrors=DOPT1001");

        build.Succeeded.Should().BeFalse(build.ToString());
        build.Lines("error DOPT1001").Should().ContainSingle(build.ToString());
    }

    [TestMethod]
    public void WarningsNotAsErrors_keeps_a_warning_under_TreatWarningsAsErrors()
    {
        var build = _project.Build("-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=DOPT1001");

        build.Lines("warning DOPT1001").Should().ContainSingle(build.ToString());
        build.Lines("error DOPT1001").Should().BeEmpty();
    }

    [TestMethod]
    public void Warnaserror_switch_fails_the_build()
    {
        var build = _project.Build("-warnaserror");

        build.Succeeded.Should().BeFalse(build.ToString());
        build.Lines("error DOPT1001").Should().ContainSingle(build.ToString());
    }

    [TestMethod]
    public void DockOptEnabled_false_turns_the_analysis_off()
    {
        var build = _project.Build("-p:DockOptEnabled=false");

        build.Succeeded.Should().BeTrue(build.ToString());
        build.MentionsDockOpt.Should().BeFalse(build.ToString());
    }

    [TestMethod]
    public void Design_time_build_runs_nothing()
    {
        var build = _project.Build("-p:DesignTimeBuild=true");

        build.MentionsDockOpt.Should().BeFalse(build.ToString());
    }
}
