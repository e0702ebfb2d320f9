namespace DockOpt.Core.Measure;

/// <summary>One layer of a built image: its size and the instruction that made it.</summary>
public sealed record LayerSize(long Bytes, string CreatedBy);

/// <summary>What building one Dockerfile costs.</summary>
public sealed record ImageMeasurement(
    string Dockerfile,
    long ImageBytes,
    IReadOnlyList<LayerSize> Layers,
    TimeSpan ColdBuild,
    TimeSpan RebuildAfterSourceEdit,
    string EditedFile);

/// <summary>Two measurements side by side (for example the original against the output of <c>optimize</c>).</summary>
public sealed record MeasurementComparison(ImageMeasurement Baseline, ImageMeasurement Candidate)
{
    public double SizeRatio => Ratio(Candidate.ImageBytes, Baseline.ImageBytes);

    public double ColdBuildRatio => Ratio(Candidate.ColdBuild.TotalSeconds, Baseline.ColdBuild.TotalSeconds);

    public double RebuildRatio => Ratio(Candidate.RebuildAfterSourceEdit.TotalSeconds, Baseline.RebuildAfterSourceEdit.TotalSeconds);

    private static double Ratio(double candidate, double baseline) => baseline <= 0 ? double.NaN : candidate / baseline;
}

/// <summary>docker, or its daemon, is not there: the CLI says so and exits with 2.</summary>
public sealed class DockerUnavailableException(string message) : Exception(message);

/// <summary>A build failed; the message carries the end of docker's output.</summary>
public sealed class BuildFailedException(string message) : Exception(message);
