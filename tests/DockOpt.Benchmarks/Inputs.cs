namespace DockOpt.Benchmarks;

/// <summary>The files the benchmarks read, as the bytes a host would read from disk.</summary>
public static class Inputs
{
    public const string Corpus = "corpus";
    public const string Large = "large";

    /// <summary>The synthetic file is the valid corpus files end to end until it reaches this size.</summary>
    public const int LargeSize = 1024 * 1024;

    private static readonly Lazy<IReadOnlyList<byte[]>> CorpusFiles = new(() => LoadCorpus(includeInvalid: true));

    private static readonly Lazy<IReadOnlyList<byte[]>> LargeFile = new(() => [BuildLarge()]);

    public static IReadOnlyList<byte[]> Get(string name) => name switch
    {
        Corpus => CorpusFiles.Value,
        Large => LargeFile.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "expected 'corpus' or 'large'"),
    };

    public static long TotalBytes(string name) => Get(name).Sum(f => (long)f.Length);

    /// <summary>tests/corpus, found by walking up from the current directory, then from the assembly's folder.</summary>
    public static string CorpusDirectory
    {
        get
        {
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                {
                    var candidate = Path.Combine(dir.FullName, "tests", "corpus");
                    if (Directory.Exists(candidate))
                    {
                        return candidate;
                    }
                }
            }

            throw new DirectoryNotFoundException("tests/corpus was not found above the current directory nor above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Every tests/corpus/**/*.Dockerfile (only the top folder without <paramref name="includeInvalid"/>), in ordinal path order.</summary>
    private static IReadOnlyList<byte[]> LoadCorpus(bool includeInvalid)
    {
        var root = CorpusDirectory;
        var files = Directory
            .EnumerateFiles(root, "*.Dockerfile", includeInvalid ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToArray();
        return files.Length > 0 ? files : throw new FileNotFoundException("no *.Dockerfile under " + root);
    }

    /// <summary>
    /// About 1 MiB of Dockerfile: the valid corpus files joined by line breaks. The invalid ones stay out:
    /// the unterminated here-document among them would turn everything after it into one body.
    /// </summary>
    private static byte[] BuildLarge()
    {
        var files = LoadCorpus(includeInvalid: false);
        var bytes = new List<byte>(LargeSize + 64 * 1024);
        for (var i = 0; bytes.Count < LargeSize; i++)
        {
            bytes.AddRange(files[i % files.Count]);
            bytes.Add((byte)'\n');
        }

        return bytes.ToArray();
    }

    public static string Describe(string name) =>
        $"{name}, {Get(name).Count} file(s), {TotalBytes(name).ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} bytes";
}
