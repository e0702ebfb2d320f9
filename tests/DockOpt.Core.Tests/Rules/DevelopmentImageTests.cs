using DockOpt.Core.Analysis;

namespace DockOpt.Core.Tests.Rules;

/// <summary>The rules about what an image ships stay silent on development images, which are never shipped.</summary>
[TestClass]
public sealed class DevelopmentImageTests
{
    private const string Naive = """
        FROM python:3.12
        RUN apt-get update && apt-get install -y --no-install-recommends gcc && rm -rf /var/lib/apt/lists/*
        RUN pip install --no-cache-dir uv && uv sync
        CMD ["python", "-m", "http.server", "8000"]

        """;

    private static readonly string[] ShippedImageRules = ["DOPT2004", "DOPT2005", "DOPT2017", "DOPT3001", "DOPT5002"];

    private static IEnumerable<string> Ids(string path, string text) =>
        DockerfileAnalyzer.Analyze(text, path, new AnalyzerOptions { Select = ShippedImageRules }).Diagnostics.Select(d => d.Id).Distinct();

    [TestMethod]
    public void The_naive_image_is_reported_by_every_one_of_them() =>
        Ids("Dockerfile", Naive).Should().BeEquivalentTo(ShippedImageRules);

    [TestMethod]
    [DataRow(".devcontainer/Dockerfile")]
    [DataRow("app/.devcontainer/Dockerfile")]
    [DataRow("Dockerfile.dev")]
    [DataRow("docker/dev.Dockerfile")]
    public void A_development_file_is_reported_by_none(string path) => Ids(path, Naive).Should().BeEmpty();

    [TestMethod]
    public void A_final_stage_named_dev_is_reported_by_none() =>
        Ids("Dockerfile", Naive.Replace("FROM python:3.12\n", "FROM python:3.12 AS dev\n")).Should().BeEmpty();

    [TestMethod]
    public void A_devcontainer_word_elsewhere_in_the_path_does_not_count() =>
        Ids(".devcontainer/prod/Dockerfile", Naive).Should().BeEquivalentTo(ShippedImageRules);
}
