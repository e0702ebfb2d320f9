namespace DockOpt.EndToEnd.Tests;

/// <summary>.editorconfig severities and baselines reach the build, and changing them re-runs the analysis.</summary>
[TestClass]
public sealed class ConfigurationInBuildTests
{
    [TestMethod]
    public void Editorconfig_severity_error_fails_the_build_and_none_silences_it()
    {
        var project = SampleProject.Create("EditorConfig", properties: "<DockOptSelect>DOPT1001</DockOptSelect>");
        project.Write(".editorconfig", "root = true\n\n[Dockerfile]\ndotnet_diagnostic.DOPT1001.severity = error\n");

        var failing = project.Build();

        failing.Succeeded.Should().BeFalse(failing.ToString());
        failing.Lines("error DOPT1001").Should().ContainSingle(failing.ToString());

        project.Write(".editorconfig", "root = true\n\n[Dockerfile]\ndotnet_diagnostic.DOPT1001.severity = none\n");
        var silent = project.Build();

        silent.Succeeded.Should().BeTrue(silent.ToString());
        silent.Analyses.Should().ContainSingle("a changed .editorconfig is an input of the analysis");
        silent.Lines("DOPT1001").Should().BeEmpty(silent.ToString());
    }

    [TestMethod]
    public void Baseline_hides_known_findings()
    {
        var project = SampleProject.Create("Baseline", properties: "<DockOptSelect>DOPT1001</DockOptSelect><DockOptBaseline>dockopt.baseline.json</DockOptBaseline>");
        var dockerfile = project.PathOf("Dockerfile");
        var today = DockOpt.Core.Analysis.DockerfileAnalyzer.Analyze(
            DockOpt.Core.Text.SourceText.From(File.ReadAllBytes(dockerfile), dockerfile),
            new DockOpt.Core.Analysis.AnalyzerOptions { Select = ["DOPT1001"] });
        today.Diagnostics.Should().ContainSingle(d => d.Id == "DOPT1001");
        DockOpt.Core.Configuration.Baseline.Create([today], project.PathOf("dockopt.baseline.json")).Save(project.PathOf("dockopt.baseline.json"));

        var build = project.Build();

        build.Succeeded.Should().BeTrue(build.ToString());
        build.Lines("warning DOPT1001").Should().BeEmpty(build.ToString());
    }
}
