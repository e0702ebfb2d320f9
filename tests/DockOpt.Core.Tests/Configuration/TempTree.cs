using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Tests.Configuration;

/// <summary>
/// A folder of real files for one test, deleted afterwards. Its top holds an <c>.editorconfig</c> with
/// <c>root = true</c> unless asked otherwise, so files above the temporary folder never leak in.
/// </summary>
internal sealed class TempTree : IDisposable
{
    public TempTree(bool isolated = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "dockopt-config-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        if (isolated)
        {
            Write(".editorconfig", "root = true\n");
        }
    }

    public string Root { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(Root, relative.Replace('/', System.IO.Path.DirectorySeparatorChar));

    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>Analyses the Dockerfile at <paramref name="relative"/> with the configuration found for it.</summary>
    public AnalysisResult Analyze(string relative, AnalyzerOptions? options = null, string? configFile = null) =>
        DockerfileAnalyzer.Analyze(File.ReadAllText(PathOf(relative)), PathOf(relative), (options ?? AnalyzerOptions.Default) with
        {
            Configuration = new ConfigurationProvider(configFile is null ? null : PathOf(configFile)),
        });

    /// <summary>The severity of the finding of <paramref name="id"/>, or null when there is none.</summary>
    public Severity? SeverityOf(string relative, string id, AnalyzerOptions? options = null, string? configFile = null) =>
        Analyze(relative, options, configFile).Diagnostics.FirstOrDefault(d => d.Id == id)?.Severity;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
