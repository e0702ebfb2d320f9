using System.IO.Compression;
using System.Xml.Linq;

[assembly: DoNotParallelize]

namespace DockOpt.EndToEnd.Tests;

/// <summary>
/// Packs DockOpt.MSBuild and dotnet-dockopt once for the whole run into a temporary folder feed, with a
/// temporary NuGet packages folder for everything that consumes them, so that a package of the same
/// version cached by an earlier run is never used. Layout of the temporary root:
/// <code>
/// feed/        the two .nupkg files
/// packages/    NUGET_PACKAGES of every consumer build and tool install
/// projects/    sample projects; its nuget.config maps DockOpt.MSBuild and dotnet-dockopt to feed/, the rest to nuget.org
/// tools/       where tools are installed from; its nuget.config has no source, the feed comes from --add-source
/// </code>
/// Set DOCKOPT_E2E_KEEP=1 to keep the folder after the run. Any use of <see cref="Root"/> (or a path
/// under it) packs first; a failed pack fails every test that needs it, with the pack's output.
/// </summary>
[TestClass]
public static class PackedFeed
{
    private static string? _root;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>DockOptVersion from Directory.Build.props: the one version of every package.</summary>
    public static string Version { get; } = ReadVersion();

    public static string Root
    {
        get
        {
            EnsurePacked();
            return _root!;
        }
    }

    public static string Feed => Path.Combine(Root, "feed");

    public static string Packages => Path.Combine(Root, "packages");

    public static string Projects => Path.Combine(Root, "projects");

    public static string Tools => Path.Combine(Root, "tools");

    public static string MSBuildPackage => Path.Combine(Feed, $"DockOpt.MSBuild.{Version}.nupkg");

    public static string ToolPackage => Path.Combine(Feed, $"dotnet-dockopt.{Version}.nupkg");

    /// <summary>The environment of every build and install that consumes the packages.</summary>
    public static IReadOnlyDictionary<string, string?> ConsumerEnvironment => new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Packages };

    /// <summary>The outputs of the two packs, for a test that wants to show them.</summary>
    internal static IReadOnlyList<ProcessResult> PackResults { get; private set; } = [];

    /// <summary>Packs on first use, once per run: tests that need no package (TaskLoggingTests) do not wait for it.</summary>
    public static void EnsurePacked() => _ = Packed.Value;

    private static readonly Lazy<bool> Packed = new(Pack, LazyThreadSafetyMode.ExecutionAndPublication);

    private static bool Pack()
    {
        var root = Path.Combine(Path.GetTempPath(), "dockopt-e2e-" + Guid.NewGuid().ToString("N")[..8]);
        _root = root;
        string feed = Path.Combine(root, "feed"), projects = Path.Combine(root, "projects"), tools = Path.Combine(root, "tools");
        foreach (var folder in new[] { feed, Path.Combine(root, "packages"), projects, tools })
        {
            Directory.CreateDirectory(folder);
        }

        // Nothing above the sample projects may change them: stop MSBuild's upward searches here.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(root, name), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(projects, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="dockopt-e2e" value="{feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="dockopt-e2e">
                  <package pattern="DockOpt.MSBuild" />
                  <package pattern="dotnet-dockopt" />
                </packageSource>
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(tools, "nuget.config"), """
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
              </packageSources>
            </configuration>
            """);

        // The pack itself uses the machine's NuGet setup: it restores the repository's own projects.
        PackResults =
        [
            PackProject("src/DockOpt.MSBuild/DockOpt.MSBuild.csproj", feed),
            PackProject("src/DockOpt.Cli/DockOpt.Cli.csproj", feed),
        ];
        return true;
    }

    [AssemblyCleanup]
    public static void Cleanup()
    {
        if (_root is null || Environment.GetEnvironmentVariable("DOCKOPT_E2E_KEEP") == "1")
        {
            return;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not a test failure.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>The entries of a package, with forward slashes.</summary>
    public static IReadOnlyList<string> EntriesOf(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        return zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
    }

    /// <summary>Extracts one entry of a package into the temporary root and returns its path.</summary>
    public static string Extract(string nupkg, string entry)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var target = Path.Combine(Root, "extracted", Path.GetFileNameWithoutExtension(nupkg), entry);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        zip.GetEntry(entry)!.ExtractToFile(target, overwrite: true);
        return target;
    }

    private static ProcessResult PackProject(string project, string feed)
    {
        var result = DotnetProcess.Dotnet(RepositoryRoot, null, "pack", project, "-c", "Release", "-o", feed, "-nodeReuse:false", "-tl:off", "-v:m");
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"packing {project} failed:{Environment.NewLine}{result}");
        }

        return result;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Optimizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Optimizer.sln not found above " + AppContext.BaseDirectory);
    }

    private static string ReadVersion()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot, "Directory.Build.props"));
        return props.Descendants("DockOptVersion").Single().Value.Trim();
    }
}
