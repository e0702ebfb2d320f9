using DockOpt.Core.Analysis;

namespace DockOpt.Core.Tests;

[TestClass]
public sealed class ProjectInfoTests
{
    [TestMethod]
    public void Evaluated_properties_become_the_project_with_empty_values_as_unset()
    {
        var project = ProjectInfo.FromProperties("/src/Api.csproj", new Dictionary<string, string>
        {
            ["TargetFramework"] = "",
            ["targetframeworks"] = " net8.0; net9.0 ;net8.0",
            ["AssemblyName"] = "Api",
            ["OutputType"] = "Exe",
            ["RuntimeIdentifier"] = "",
            ["SelfContained"] = "True",
            ["PublishAot"] = "",
        });

        project.ProjectPath.Should().Be("/src/Api.csproj");
        project.TargetFrameworks.Should().Equal("net8.0", "net9.0");
        project.AssemblyName.Should().Be("Api");
        project.OutputType.Should().Be("Exe");
        project.RuntimeIdentifier.Should().BeNull();
        project.SelfContained.Should().BeTrue();
        project.PublishAot.Should().BeNull();
    }

    [TestMethod]
    public void A_single_target_framework_counts_as_the_list()
    {
        var project = ProjectInfo.FromProperties(null, new Dictionary<string, string> { ["TargetFramework"] = "net10.0", ["PublishAot"] = "false" });

        project.TargetFrameworks.Should().Equal("net10.0");
        project.PublishAot.Should().BeFalse();
        project.AssemblyName.Should().BeNull();
        project.ProjectPath.Should().BeNull();
        ProjectInfo.FromProperties(null, new Dictionary<string, string> { ["MSBuildProjectFullPath"] = "/src/Api/Api.csproj" })
            .ProjectPath.Should().Be("/src/Api/Api.csproj");
    }
}
