using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace DockOpt.Benchmarks;

/// <summary>MB/s (10^6 bytes per second) from a benchmark's mean time and the bytes its input holds.</summary>
public static class Throughput
{
    public static double? MegabytesPerSecond(Summary summary, BenchmarkCase benchmarkCase)
    {
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        var input = InputOf(benchmarkCase);
        if (mean is not > 0 || input is null)
        {
            return null;
        }

        return Inputs.TotalBytes(input) / 1e6 / (mean.Value / 1e9);
    }

    public static string? InputOf(BenchmarkCase benchmarkCase) =>
        benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == nameof(ParserBenchmarks.Input))?.Value as string;

    /// <summary>One line per input and job, such as <c>parse: 4.1 MB/s; parse+model: 3.2 MB/s (corpus, 84 file(s), 77,000 bytes)</c>.</summary>
    public static IEnumerable<string> SummaryLines(IEnumerable<Summary> summaries)
    {
        var rows = summaries
            .SelectMany(s => s.BenchmarksCases.Select(c => (Summary: s, Case: c)))
            .Where(r => InputOf(r.Case) is not null && r.Summary[r.Case]?.ResultStatistics is not null)
            .GroupBy(r => (Input: InputOf(r.Case)!, Job: r.Case.Job.ResolvedId))
            .OrderBy(g => g.Key.Input == Inputs.Corpus ? 0 : 1)
            .ThenBy(g => g.Key.Job, StringComparer.Ordinal)
            .ToArray();
        if (rows.Length == 0)
        {
            yield break;
        }

        yield return string.Empty;
        yield return "Throughput (MB = 10^6 bytes, from the mean time):";
        foreach (var group in rows)
        {
            var parts = group
                .Select(r => (r.Summary, r.Case, Name: r.Case.Descriptor.WorkloadMethodDisplayInfo.Trim('\'')))
                .OrderBy(r => Array.IndexOf(Stages.All, r.Name) is var rank and >= 0 ? rank : int.MaxValue)
                .ThenBy(r => r.Name, StringComparer.Ordinal)
                .Select(r => $"{r.Name}: {Format(MegabytesPerSecond(r.Summary, r.Case))} MB/s");
            var job = rows.Select(g => g.Key.Job).Distinct().Count() > 1 ? $", job {group.Key.Job}" : string.Empty;
            yield return $"{string.Join("; ", parts)} ({Inputs.Describe(group.Key.Input)}{job})";
        }
    }

    internal static string Format(double? value) =>
        value is null ? "n/a" : value.Value.ToString(value.Value >= 100 ? "F0" : "F2", CultureInfo.InvariantCulture);
}

/// <summary>The MB/s column of the summary table.</summary>
public sealed class ThroughputColumn : IColumn
{
    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "MB/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Throughput: input bytes (10^6) per second of mean time";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => Throughput.Format(Throughput.MegabytesPerSecond(summary, benchmarkCase));

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
