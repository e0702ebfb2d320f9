namespace DockOpt.Core.Analysis;

/// <summary>
/// What the .NET project beside a Dockerfile says about itself: the MSBuild task passes it from the
/// build, the CLI reads it from <c>--project X.csproj</c>. Project-aware rules run only when it is known.
/// </summary>
public sealed record ProjectInfo
{
    /// <summary>The project file's path.</summary>
    public string? ProjectPath { get; init; }

    /// <summary>Target framework monikers, e.g. net8.0 (several for a multi-targeted project).</summary>
    public IReadOnlyList<string> TargetFrameworks { get; init; } = [];

    /// <summary>The assembly name, so <c>dotnet App.dll</c> can be checked.</summary>
    public string? AssemblyName { get; init; }

    /// <summary>Exe, WinExe or Library.</summary>
    public string? OutputType { get; init; }

    /// <summary>The runtime identifier, e.g. linux-x64, when the project sets one.</summary>
    public string? RuntimeIdentifier { get; init; }

    public bool? SelfContained { get; init; }

    public bool? PublishAot { get; init; }

    /// <summary>The MSBuild property names <see cref="FromProperties"/> reads.</summary>
    public static IReadOnlyList<string> PropertyNames { get; } =
        ["TargetFramework", "TargetFrameworks", "AssemblyName", "OutputType", "RuntimeIdentifier", "SelfContained", "PublishAot", "MSBuildProjectFullPath"];

    /// <summary>
    /// The project as its evaluated MSBuild properties describe it (names as in <see cref="PropertyNames"/>,
    /// compared without case); an empty value counts as not set, as in MSBuild. Without
    /// <paramref name="projectPath"/>, MSBuildProjectFullPath names the project file.
    /// </summary>
    public static ProjectInfo FromProperties(string? projectPath, IReadOnlyDictionary<string, string> properties)
    {
        string? Value(string name) =>
            properties.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value is { } v && v.Trim().Length > 0 ? v.Trim() : null;
        bool? Flag(string name) => Value(name) is { } v ? string.Equals(v, "true", StringComparison.OrdinalIgnoreCase) : null;

        var frameworks = $"{Value("TargetFrameworks")};{Value("TargetFramework")}"
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        return new ProjectInfo
        {
            ProjectPath = projectPath ?? Value("MSBuildProjectFullPath"),
            TargetFrameworks = frameworks,
            AssemblyName = Value("AssemblyName"),
            OutputType = Value("OutputType"),
            RuntimeIdentifier = Value("RuntimeIdentifier"),
            SelfContained = Flag("SelfContained"),
            PublishAot = Flag("PublishAot"),
        };
    }
}

/// <summary>
/// A read-only view of the build context folder, for rules about what <c>COPY . .</c> sends. It remembers
/// every path it was asked about, so that a host that caches findings (the MSBuild task) can tell when a
/// change in the context, not only in the Dockerfile, calls for a new analysis.
/// </summary>
public sealed class BuildContextView(string directory)
{
    private readonly HashSet<string> _consulted = new(StringComparer.Ordinal);

    public string Directory { get; } = directory;

    /// <summary>
    /// The full paths of the files and folders the analysis looked at (read, or asked whether they exist), and the
    /// folders it listed, marked with <see cref="ListingPrefixDirectories"/> or <see cref="ListingPrefixFiles"/>.
    /// </summary>
    public IReadOnlyCollection<string> Consulted
    {
        get
        {
            lock (_consulted)
            {
                return _consulted.Order(StringComparer.Ordinal).ToList();
            }
        }
    }

    public bool FileExists(string relativePath) => File.Exists(Consult(relativePath));

    public bool DirectoryExists(string relativePath) => System.IO.Directory.Exists(Consult(relativePath));

    public string? ReadText(string relativePath)
    {
        var path = Consult(relativePath);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    /// <summary>The names of the folders in a folder of the context (none when it does not exist); remembered as <c>dirs:PATH</c>.</summary>
    public IReadOnlyList<string> FolderNames(string relativePath = ".")
    {
        var path = Path.GetFullPath(Path.Combine(Directory, relativePath));
        Remember(ListingPrefixDirectories + path);
        return System.IO.Directory.Exists(path)
            ? System.IO.Directory.EnumerateDirectories(path).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>The names of the files in a folder of the context that match a pattern (<c>*.csproj</c>); remembered as <c>files:PATTERN:PATH</c>.</summary>
    public IReadOnlyList<string> FileNames(string relativePath, string pattern)
    {
        var path = Path.GetFullPath(Path.Combine(Directory, relativePath));
        Remember(ListingPrefixFiles + pattern + ":" + path);
        return System.IO.Directory.Exists(path)
            ? System.IO.Directory.EnumerateFiles(path, pattern).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>How <see cref="Consulted"/> marks a folder listing, as opposed to a path: <c>dirs:</c> and <c>files:PATTERN:</c>.</summary>
    public const string ListingPrefixDirectories = "dirs:";

    /// <inheritdoc cref="ListingPrefixDirectories"/>
    public const string ListingPrefixFiles = "files:";

    private string Consult(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Directory, relativePath));
        Remember(path);
        return path;
    }

    private void Remember(string entry)
    {
        lock (_consulted)
        {
            _consulted.Add(entry);
        }
    }
}
