using System.Text.RegularExpressions;

namespace DockOpt.EndToEnd.Tests;

/// <summary>A fresh project under the feed's projects/ folder that references DockOpt.MSBuild, built with the real dotnet build.</summary>
internal sealed class SampleProject
{
    /// <summary>
    /// A Dockerfile that fits a project named <paramref name="assemblyName"/> on <see cref="CurrentFramework"/>
    /// (SDK and runtime tags, entry point, non-root user) but copies the whole context before the
    /// restore: DOPT1001 on line 3, column 1.
    /// </summary>
    public static string NaiveDockerfile(string assemblyName) => $"""
        FROM mcr.microsoft.com/dotnet/sdk:{Environment.Version.Major}.0 AS build
        WORKDIR /src
        COPY . .
        RUN dotnet restore
        RUN dotnet publish -c Release -o /app

        FROM mcr.microsoft.com/dotnet/runtime:{Environment.Version.Major}.0
        WORKDIR /app
        COPY --from=build /app .
        USER app
        ENTRYPOINT ["dotnet", "{assemblyName}.dll"]

        """;

    private SampleProject(string name)
    {
        Name = name;
        Directory = Path.Combine(PackedFeed.Projects, name);
    }

    public string Name { get; }

    public string Directory { get; }

    /// <summary>The target framework of the SDK and runtime running these tests, e.g. net10.0: no download needed.</summary>
    public static string CurrentFramework => $"net{Environment.Version.Major}.0";

    /// <summary>
    /// Writes <paramref name="name"/>.csproj (a console app on <see cref="CurrentFramework"/> unless
    /// <paramref name="frameworks"/> says otherwise), a Program.cs and, unless told otherwise, the naive Dockerfile.
    /// </summary>
    public static SampleProject Create(string name, string properties = "", string items = "", string? frameworks = null, bool withDockerfile = true)
    {
        var project = new SampleProject(name);
        System.IO.Directory.CreateDirectory(project.Directory);
        var framework = frameworks is null
            ? $"<OutputType>Exe</OutputType>\n    <TargetFramework>{CurrentFramework}</TargetFramework>"
            : $"<TargetFrameworks>{frameworks}</TargetFrameworks>";
        project.Write($"{name}.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                {framework}
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="DockOpt.MSBuild" Version="{PackedFeed.Version}" PrivateAssets="all" />
                {items}
              </ItemGroup>
            </Project>
            """);
        project.Write("Program.cs", frameworks is null
            ? "System.Console.WriteLine(\"hello\");\n"
            : $"namespace {name};\n\npublic static class Greeting\n{{\n    public static string Text => \"hello\";\n}}\n");
        project.Write(".dockerignore", "bin/\nobj/\n");
        if (withDockerfile)
        {
            project.Write("Dockerfile", NaiveDockerfile(name));
        }

        return project;
    }

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath);

    public void Write(string relativePath, string text)
    {
        var path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    /// <summary><c>dotnet build</c> at normal verbosity (dockopt's messages show), without the summary (each line once).</summary>
    public BuildLog Build(params string[] args) =>
        new(DotnetProcess.Dotnet(Directory, PackedFeed.ConsumerEnvironment, ["build", "-nodeReuse:false", "-tl:off", "-v:n", "-clp:NoSummary", .. args]));
}

/// <summary>A build's output, read the way a person reads it.</summary>
internal sealed partial class BuildLog(ProcessResult result)
{
    public ProcessResult Result { get; } = result;

    public bool Succeeded => Result.ExitCode == 0;

    /// <summary>
    /// The canonical lines of one code, e.g. every "warning DOPT1001" or "error DOPT1001", each once
    /// (a failed build lists its errors again at the end) and without MSBuild's "1&gt;" node prefix.
    /// </summary>
    public IReadOnlyList<string> Lines(string severityAndCode) =>
        Result.Output.Split('\n')
            .Select(l => NodePrefix().Replace(l.Trim(), string.Empty))
            .Where(l => l.Contains($": {severityAndCode}: ", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>How many files each "dockopt: analysed N file(s) in M ms" message reports, in order.</summary>
    public IReadOnlyList<(int Files, int Milliseconds)> Analyses =>
        AnalysedPattern().Matches(Result.Output).Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToList();

    public bool Replayed => Result.Output.Contains("findings replayed", StringComparison.Ordinal);

    public bool MentionsDockOpt => Result.Output.Contains("dockopt:", StringComparison.Ordinal) || Result.Output.Contains("DOPT", StringComparison.Ordinal);

    public override string ToString() => Result.ToString();

    [GeneratedRegex(@"^\d+>")]
    private static partial Regex NodePrefix();

    [GeneratedRegex(@"dockopt: analysed (\d+) file\(s\) in (\d+) ms")]
    private static partial Regex AnalysedPattern();
}
