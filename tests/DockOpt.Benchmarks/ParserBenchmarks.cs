using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Benchmarks;

/// <summary>
/// Throughput of the pipeline stages over the whole corpus (many small files) and over one large
/// synthetic file. Each benchmark starts from the file's bytes, as a host does after reading it, so
/// UTF-8 decoding is included. The ratio column is relative to parse-only for the same input.
/// </summary>
[MemoryDiagnoser]
public class ParserBenchmarks
{
    private IReadOnlyList<byte[]> _files = [];

    [Params(Inputs.Corpus, Inputs.Large)]
    public string Input { get; set; } = Inputs.Corpus;

    [GlobalSetup]
    public void Setup() => _files = Inputs.Get(Input);

    [Benchmark(Baseline = true, Description = Stages.Parse)]
    public int Parse()
    {
        var nodes = 0;
        foreach (var bytes in _files)
        {
            nodes += DockerfileSyntax.Parse(SourceText.From(bytes)).Nodes.Count;
        }

        return nodes;
    }

    [Benchmark(Description = Stages.ParseModel)]
    public int ParseAndModel()
    {
        var stages = 0;
        foreach (var bytes in _files)
        {
            stages += DockerfileModel.Build(DockerfileSyntax.Parse(SourceText.From(bytes))).Stages.Count;
        }

        return stages;
    }

    /// <summary>What <c>check</c> does per file: parse, model, and every rule (configuration files are not read).</summary>
    [Benchmark(Description = Stages.ParseModelRules)]
    public int ParseModelAndRules()
    {
        var findings = 0;
        foreach (var bytes in _files)
        {
            findings += DockerfileAnalyzer.Analyze(SourceText.From(bytes), AnalyzerOptions.Default).Diagnostics.Count;
        }

        return findings;
    }
}

/// <summary>The benchmark descriptions, which are also the names in the closing MB/s line.</summary>
public static class Stages
{
    public const string Parse = "parse";
    public const string ParseModel = "parse+model";
    public const string ParseModelRules = "parse+model+rules";

    /// <summary>The order the closing line lists them in.</summary>
    public static readonly string[] All = [Parse, ParseModel, ParseModelRules];
}
