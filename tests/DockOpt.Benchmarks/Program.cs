namespace DockOpt.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks through BenchmarkSwitcher, so every BenchmarkDotNet switch works
    /// (<c>--filter</c>, <c>--job</c>, <c>--list flat</c>, ...), plus <c>--quick</c>: a short in-process run for a human in a hurry.
    /// </summary>
    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick", StringComparer.OrdinalIgnoreCase);
        var rest = args.Where(a => !a.Equals("--quick", StringComparison.OrdinalIgnoreCase)).ToList();
        if (!rest.Any(a => a is "--filter" or "-f" or "--list" or "--info" or "--help" or "-h" or "--version"))
        {
            // Without a filter BenchmarkSwitcher asks on the console which benchmark to run.
            rest.AddRange(["--filter", "*"]);
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run([.. rest], BenchmarkConfig.Create(quick)).ToArray();
        foreach (var line in Throughput.SummaryLines(summaries))
        {
            Console.WriteLine(line);
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
