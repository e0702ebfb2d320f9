using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace DockOpt.Benchmarks;

internal static class BenchmarkConfig
{
    /// <summary>
    /// The default config plus the MB/s column. Quick mode adds one short job run in this process (no
    /// generated project to build): 1 launch, 3 warm-up and 3 measured iterations per benchmark.
    /// </summary>
    public static IConfig Create(bool quick)
    {
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddColumn(new ThroughputColumn())
            .AddColumn(StatisticColumn.Median)
            .WithOptions(ConfigOptions.JoinSummary);
        if (quick)
        {
            config = config.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("Quick"));
        }

        return config;
    }
}
