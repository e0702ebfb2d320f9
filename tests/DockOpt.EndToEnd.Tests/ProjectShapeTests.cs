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
        // The assembly is renamed, so the project-aware DOPT7006 needs the project's properties passed to the CLI;
        // the second Dockerfile has another build context (a folder with a .git and no .dockerignore), so DOPT2009
        // needs --context, in a second run of the CLI.
        var project = SampleProject.Create(
            "OutOfProcess",
            properties: "<DockOptOutOfProcess>true</DockOptOutOfProcess><AssemblyName>Renamed</AssemblyName>",
            items: """<DockOptDockerfile Include="docker/site.Dockerfile" BuildContext="site" />""");
        project.Write("docker/site.Dockerfile", "FROM nginx:1.27-alpine\nCOPY . /usr/share/nginx/html\n");
        project.Write("site/index.html", "<p>hello</p>\n");
        System.IO.Directory.CreateDirectory(project.PathOf("site/.git"));

        var build = project.Build();

        build.Succeeded.Should().BeTrue(build.ToString());
        build.Result.Output.Should().MatchRegex(@"dockopt: analysed 2 file\(s\) in \d+ ms out of process");
        build.Lines("warning DOPT1001").Should().ContainSingle(build.ToString()).Which.Should().StartWith(project.PathOf("Dockerfile") + "(3,1,3,");
        build.Lines("warning DOPT7006").Should().ContainSingle(build.ToString()).Which.Should().Contain("Renamed.dll");
        build.Lines("warning DOPT2009").Should().ContainSingle(build.ToString()).Which.Should()
            .StartWith(project.PathOf("docker/site.Dockerfile") + "(2,1,").And.Contain(".git/");
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
