namespace DockOpt.EndToEnd.Tests;

/// <summary>Projects of other shapes, and the ways the analysis may run or fail.</summary>
[TestClass]
public sealed class ProjectShapeTests
{
    [TestMethod]
    public void Multi_targeted_project_is_analysed_once_not_once_per_framework()
    {
        var project = SampleProject.Create("MultiTarget", frameworks: $"{SampleProject.CurrentFramework};net8.0");

        var build = project.Build();

        build.Succeeded.Should().BeTrue(build.ToString());
        build.Analyses.Should().ContainSingle(build.ToString());
        build.Lines("warning DOPT1001").Should().ContainSingle();
        File.Exists(project.PathOf("obj/Debug/MultiTarget.dockopt.cache")).Should().BeTrue();
        File.Exists(project.PathOf($"obj/Debug/{SampleProject.CurrentFramework}/MultiTarget.dockopt.cache")).Should().BeFalse();
    }

    [TestMethod]
    public void Failure_inside_the_analysis_is_one_DOPT0000_warning_and_the_build_goes_on()
    {
        // A Dockerfile named by the project that is not there: reading it throws inside the task.
        var project = SampleProject.Create(
            "Broken",
            properties: "<TreatWarningsAsErrors>true</TreatWarningsAsErrors>",
            items: """<DockOptDockerfile Include="missing/Dockerfile" />""",
            withDockerfile: false);

        var build = project.Build();

        build.Succeeded.Should().BeTrue(build.ToString());
        build.Lines("warning DOPT0000").Should().ContainSingle(build.ToString()).Which.Should()
            .StartWith(project.PathOf("missing/Dockerfile") + " : warning DOPT0000: dockopt could not analyse the Dockerfiles, the build goes on without it: ");
        build.Lines("error DOPT0000").Should().BeEmpty();
    }

    [TestMethod]
    public void Out_of_process_analysis_runs_the_packed_cli_and_reports_the_same_warning()
    {
        // The way Visual Studio's .NET Framework MSBuild runs it, chosen here on .NET's MSBuild.
        var project = SampleProject.Create("OutOfProcess", properties: "<DockOptOutOfProcess>true</DockOptOutOfProcess>");

        var build = project.Build();

        build.Succeeded.Should().BeTrue(build.ToString());
        build.Result.Output.Should().MatchRegex(@"dockopt: analysed 1 file\(s\) in \d+ ms out of process");
        build.Lines("warning DOPT1001").Should().ContainSingle(build.ToString()).Which.Should().StartWith(project.PathOf("Dockerfile") + "(3,1,3,");
    }

    [TestMethod]
    public void Project_without_a_Dockerfile_builds_without_a_word_from_dockopt()
    {
        var project = SampleProject.Create("NoDockerfile", withDockerfile: false);

        var build = project.Build();

        build.Succeeded.Should().BeTrue(build.ToString());
        build.MentionsDockOpt.Should().BeFalse(build.ToString());
    }
}
