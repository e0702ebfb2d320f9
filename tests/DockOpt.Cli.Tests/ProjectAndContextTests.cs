using System.Text.Json;

namespace DockOpt.Cli.Tests;

/// <summary><c>check --project</c>, <c>--project-property</c> and <c>--context</c> against real files (the project is evaluated by a real <c>dotnet msbuild</c>).</summary>
[TestClass]
public sealed class ProjectAndContextTests
{
    private const string DotNetDockerfile = """
        FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build
        WORKDIR /src
        COPY Api.csproj ./
        RUN dotnet restore
        COPY . .
        RUN dotnet publish -c Release -o /out

        FROM mcr.microsoft.com/dotnet/aspnet:9.0
        WORKDIR /app
        COPY --from=build /out .
        USER app
        ENTRYPOINT ["dotnet", "Api.dll"]

        """;

    private string root = string.Empty;

    [TestInitialize]
    public void CreateFolder() => root = Directory.CreateTempSubdirectory("dockopt-cli-project-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(root, recursive: true);

    private static string[] Ids(string json) => JsonDocument.Parse(json).RootElement.GetProperty("files")
        .EnumerateArray().SelectMany(f => f.GetProperty("diagnostics").EnumerateArray())
        .Select(d => d.GetProperty("id").GetString()!).ToArray();

    private string WriteProject(string targetFramework, string? directoryBuildProps = null)
    {
        File.WriteAllText(Path.Combine(root, "Dockerfile"), DotNetDockerfile);
        File.WriteAllText(Path.Combine(root, ".dockerignore"), "bin/\nobj/\n");
        File.WriteAllText(Path.Combine(root, "Api.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>{targetFramework}</TargetFramework></PropertyGroup>
            </Project>
            """);
        if (directoryBuildProps is not null)
        {
            File.WriteAllText(Path.Combine(root, "Directory.Build.props"), directoryBuildProps);
        }

        return Path.Combine(root, "Api.csproj");
    }

    [TestMethod]
    public void Without_a_project_the_dotnet_project_rules_stay_silent()
    {
        WriteProject("net8.0");

        var result = CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--format", "json");

        Ids(result.Out).Should().NotContain(["DOPT7005", "DOPT7006"]);
    }

    [TestMethod]
    public void The_project_is_evaluated_by_msbuild_so_Directory_Build_props_counts()
    {
        // The assembly name comes only from Directory.Build.props: a reader of the XML alone would miss it.
        var project = WriteProject("net8.0", """
            <Project><PropertyGroup><AssemblyName>Contoso.Api</AssemblyName></PropertyGroup></Project>
            """);

        var result = CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project", project, "--format", "json");

        result.Error.Should().BeEmpty();
        Ids(result.Out).Should().Contain(["DOPT7005", "DOPT7006"]);
        result.Out.Should().Contain("Contoso.Api.dll").And.Contain("net8.0");
        result.ExitCode.Should().Be(1);
    }

    [TestMethod]
    public void A_project_that_matches_the_Dockerfile_gives_no_project_finding()
    {
        var project = WriteProject("net9.0");

        var result = CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project", project, "--format", "json");

        Ids(result.Out).Should().NotContain(["DOPT7005", "DOPT7006"]);
    }

    [TestMethod]
    public void Project_properties_override_the_evaluation_and_stand_in_for_it()
    {
        var project = WriteProject("net8.0");

        var overridden = CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project", project, "--project-property", "TargetFramework=net9.0", "--format", "json");
        var alone = CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project-property", "AssemblyName=Other", "--format", "json");

        Ids(overridden.Out).Should().NotContain("DOPT7005");
        Ids(alone.Out).Should().Contain("DOPT7006").And.NotContain("DOPT7005");
    }

    [TestMethod]
    public void The_project_file_given_as_a_property_lets_DOPT7006_see_another_project_is_published()
    {
        // As the MSBuild task passes it out of process: the Dockerfile publishes Worker.csproj, not this project.
        File.WriteAllText(Path.Combine(root, "Dockerfile"), """
            FROM mcr.microsoft.com/dotnet/sdk:9.0 AS build
            WORKDIR /src
            COPY . .
            RUN dotnet publish src/Worker/Worker.csproj -c Release -o /out

            FROM mcr.microsoft.com/dotnet/runtime:9.0
            COPY --from=build /out /app
            ENTRYPOINT ["dotnet", "/app/Worker.dll"]

            """);
        var dockerfile = Path.Combine(root, "Dockerfile");

        var withPath = CliRunner.Run("check", dockerfile, "--select", "DOPT7006", "--format", "json",
            "--project-property", "AssemblyName=Api", "--project-property", "MSBuildProjectFullPath=" + Path.Combine(root, "Api.csproj"));
        var withoutPath = CliRunner.Run("check", dockerfile, "--select", "DOPT7006", "--format", "json", "--project-property", "AssemblyName=Api");

        Ids(withPath.Out).Should().BeEmpty();
        Ids(withoutPath.Out).Should().Contain("DOPT7006");
    }

    [TestMethod]
    public void A_broken_project_stops_with_exit_code_2_and_msbuild_names_file_line_and_column()
    {
        var project = Path.Combine(root, "Broken.csproj");
        File.WriteAllText(project, "<Project>\n  <PropertyGroup>\n");
        File.WriteAllText(Path.Combine(root, "Dockerfile"), DotNetDockerfile);

        var result = CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project", project);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("could not evaluate the project").And.MatchRegex(@"Broken\.csproj\(\d+,\d+\): error MSB");
        result.Error.Should().NotContain("   at ");
    }

    [TestMethod]
    public void Bad_project_options_are_usage_errors()
    {
        File.WriteAllText(Path.Combine(root, "Dockerfile"), DotNetDockerfile);

        CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project", Path.Combine(root, "missing.csproj"))
            .Should().Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("does not exist"));
        CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project", root)
            .Should().Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("not the folder"));
        CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--project-property", "Version=1")
            .Should().Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("--project-property takes NAME=VALUE"));
        CliRunner.Run("check", Path.Combine(root, "Dockerfile"), "--context", Path.Combine(root, "nope"))
            .Should().Match<CliResult>(r => r.ExitCode == 2 && r.Error.Contains("build context folder"));
    }

    [TestMethod]
    public void The_context_option_moves_the_build_context_away_from_the_Dockerfile_folder()
    {
        // As Visual Studio lays it out: the Dockerfile in the project folder, the context at the solution folder.
        var projectFolder = Directory.CreateDirectory(Path.Combine(root, "Api")).FullName;
        var dockerfile = Path.Combine(projectFolder, "Dockerfile");
        File.WriteAllText(dockerfile, DotNetDockerfile);
        File.WriteAllText(Path.Combine(projectFolder, "Api.csproj"), "<Project Sdk=\"Microsoft.NET.Sdk.Web\" />\n");
        Directory.CreateDirectory(Path.Combine(projectFolder, "bin"));
        Directory.CreateDirectory(Path.Combine(root, ".git"));

        // The project folder's .dockerignore is not the context's when the context is the solution folder:
        // BuildKit reads <context>/.dockerignore, or Dockerfile.dockerignore beside the Dockerfile.
        File.WriteAllText(Path.Combine(projectFolder, ".dockerignore"), "bin/\nobj/\n");

        var ownFolder = CliRunner.Run("check", dockerfile, "--select", "DOPT2009", "--format", "json");
        var solutionContext = CliRunner.Run("check", dockerfile, "--select", "DOPT2009", "--context", root, "--format", "json");

        Ids(ownFolder.Out).Should().NotContain("DOPT2009");
        Ids(solutionContext.Out).Should().Contain("DOPT2009");
        solutionContext.Out.Should().Contain(".git/").And.Contain("Api/bin/");
    }

    [TestMethod]
    public void Evaluation_output_with_msbuild_chatter_before_the_json_is_read()
    {
        var properties = Commands.Check.ProjectEvaluation.ParseGetPropertyOutput("""
            Some banner line
            {
              "Properties": { "TargetFramework": "net8.0", "AssemblyName": "A" }
            }
            """);

        properties.Should().NotBeNull();
        properties!["targetframework"].Should().Be("net8.0");
        Commands.Check.ProjectEvaluation.ParseGetPropertyOutput("no json here").Should().BeNull();
        Commands.Check.ProjectEvaluation.ParseGetPropertyOutput("{\"Other\": 1}").Should().BeNull();
    }
}
