using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;

namespace DockOpt.EndToEnd.Tests;

/// <summary>What `dotnet pack` makes: two packages of one version, and the MSBuild package's layout and dependencies.</summary>
[TestClass]
public sealed class PackageTests
{
    private static readonly string[] AllowedTaskReferences = ["netstandard", "mscorlib", "Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "DockOpt.Core"];

    [TestMethod]
    public void Both_packages_carry_the_version_from_Directory_Build_props()
    {
        Directory.GetFiles(PackedFeed.Feed, "*.nupkg").Select(Path.GetFileName).Should().BeEquivalentTo(
            [$"DockOpt.MSBuild.{PackedFeed.Version}.nupkg", $"dotnet-dockopt.{PackedFeed.Version}.nupkg"]);
    }

    [TestMethod]
    public void Only_the_tool_and_the_MSBuild_package_are_packable()
    {
        var projects = File.ReadAllLines(Path.Combine(PackedFeed.RepositoryRoot, "Optimizer.sln"))
            .Where(l => l.StartsWith("Project(", StringComparison.Ordinal) && l.Contains(".csproj", StringComparison.Ordinal))
            .Select(l => l.Split('"')[5].Replace('\\', '/'))
            .ToList();

        var packable = projects.AsParallel().WithDegreeOfParallelism(4)
            .Where(p => DotnetProcess.Dotnet(PackedFeed.RepositoryRoot, null, "msbuild", p, "-getProperty:IsPackable", "-nologo").Output.Trim() == "true")
            .ToList();

        projects.Should().Contain("tests/DockOpt.EndToEnd.Tests/DockOpt.EndToEnd.Tests.csproj");
        packable.Should().BeEquivalentTo(["src/DockOpt.MSBuild/DockOpt.MSBuild.csproj", "src/DockOpt.Cli/DockOpt.Cli.csproj"]);
    }

    [TestMethod]
    public void MSBuild_package_holds_build_files_tasks_and_the_cli_and_no_lib()
    {
        var entries = PackedFeed.EntriesOf(PackedFeed.MSBuildPackage);

        entries.Should().Contain(
        [
            "build/DockOpt.MSBuild.props", "build/DockOpt.MSBuild.targets",
            "buildMultiTargeting/DockOpt.MSBuild.props", "buildMultiTargeting/DockOpt.MSBuild.targets",
            "tasks/net8.0/DockOpt.MSBuild.dll", "tasks/net8.0/DockOpt.Core.dll", "tasks/net8.0/NuGet.Versioning.dll",
            "tasks/net472/DockOpt.MSBuild.dll",
            "cli/dotnet-dockopt.dll", "cli/dotnet-dockopt.runtimeconfig.json", "cli/dotnet-dockopt.deps.json",
            "cli/DockOpt.Core.dll", "cli/NuGet.Versioning.dll", "cli/System.CommandLine.dll",
        ]);
        entries.Where(e => e.StartsWith("tasks/", StringComparison.Ordinal)).Should().HaveCount(4, "the .NET Framework task runs the CLI and needs nothing beside it");
        entries.Should().NotContain(e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        entries.Should().NotContain(e => Path.GetFileName(e).StartsWith("Microsoft.Build", StringComparison.Ordinal));
    }

    [TestMethod]
    public void MSBuild_package_is_a_development_dependency_with_no_dependencies()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(PackedFeed.MSBuildPackage);
        using var stream = zip.GetEntry("DockOpt.MSBuild.nuspec")!.Open();
        var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value.Should().Be("true");
        metadata.Elements().Single(e => e.Name.LocalName == "version").Value.Should().Be(PackedFeed.Version);
        metadata.Elements().Where(e => e.Name.LocalName == "dependencies").Should().BeEmpty();
    }

    [TestMethod]
    public void Tool_package_is_a_dotnet_tool_with_the_dotnet_dockopt_command()
    {
        var entries = PackedFeed.EntriesOf(PackedFeed.ToolPackage);
        var settings = XDocument.Load(PackedFeed.Extract(PackedFeed.ToolPackage, entries.Single(e => e.EndsWith("/DotnetToolSettings.xml", StringComparison.Ordinal))));

        settings.Descendants("Command").Single().Attribute("Name")!.Value.Should().Be("dotnet-dockopt");
        entries.Should().Contain(e => e.StartsWith("tools/net8.0/any/", StringComparison.Ordinal) && e.EndsWith("/dotnet-dockopt.dll", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Task_assembly_for_dotnet_build_references_only_the_framework_MSBuild_and_DockOpt_Core()
    {
        var references = ReferencesOf(PackedFeed.Extract(PackedFeed.MSBuildPackage, "tasks/net8.0/DockOpt.MSBuild.dll"));

        references.Should().Contain(["Microsoft.Build.Framework", "Microsoft.Build.Utilities.Core", "DockOpt.Core"]);
        references.Where(r => !IsAllowed(r)).Should().BeEmpty();
    }

    [TestMethod]
    public void Task_assembly_for_Visual_Studio_references_only_the_framework_and_MSBuild()
    {
        var references = ReferencesOf(PackedFeed.Extract(PackedFeed.MSBuildPackage, "tasks/net472/DockOpt.MSBuild.dll"));

        references.Should().Contain(["mscorlib", "Microsoft.Build.Utilities.Core"]);
        references.Should().NotContain("DockOpt.Core", "DockOpt.Core is net8.0 and cannot load in .NET Framework MSBuild");
        references.Where(r => !IsAllowed(r)).Should().BeEmpty();
    }

    private static bool IsAllowed(string reference) =>
        AllowedTaskReferences.Contains(reference) || reference == "System" || reference.StartsWith("System.", StringComparison.Ordinal);

    private static IReadOnlyList<string> ReferencesOf(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
