using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;

namespace DockOpt.Core.Tests.Configuration;

[TestClass]
public sealed class BaselineTests
{
    private const string Original = "FROM ubuntu\nRUN apt-get install -y curl\n";

    private static AnalysisResult Analyze(TempTree tree, string relative) =>
        DockerfileAnalyzer.Analyze(File.ReadAllText(tree.PathOf(relative)), tree.PathOf(relative), new AnalyzerOptions { Select = ["DOPT4001", "DOPT2003"] });

    private static Baseline Record(TempTree tree, string relative = "Dockerfile")
    {
        var path = tree.PathOf("dockopt-baseline.json");
        Baseline.Create([Analyze(tree, relative)], path).Save(path);
        return Baseline.Load(path);
    }

    [TestMethod]
    public void Recorded_findings_are_filtered_out()
    {
        using var tree = new TempTree();
        tree.Write("Dockerfile", Original);
        var baseline = Record(tree);

        var filtered = baseline.Filter(Analyze(tree, "Dockerfile"));

        filtered.Diagnostics.Should().BeEmpty();
        filtered.BaselinedCount.Should().Be(2);
    }

    [TestMethod]
    public void Recorded_findings_stay_recorded_when_a_line_is_inserted_above()
    {
        using var tree = new TempTree();
        tree.Write("Dockerfile", Original);
        var baseline = Record(tree);
        tree.Write("Dockerfile", "# syntax=docker/dockerfile:1\n\nFROM ubuntu\nENV DEBIAN_FRONTEND=noninteractive\nRUN apt-get install -y curl\n");

        baseline.Filter(Analyze(tree, "Dockerfile")).Diagnostics.Should().BeEmpty();
    }

    [TestMethod]
    public void New_finding_is_reported()
    {
        using var tree = new TempTree();
        tree.Write("Dockerfile", Original);
        var baseline = Record(tree);
        tree.Write("Dockerfile", Original + "RUN apt-get install -y wget\n");

        baseline.Filter(Analyze(tree, "Dockerfile")).Diagnostics.Select(d => $"{d.Id}@{d.Location.Line}").Should().Equal("DOPT2003@3");
    }

    [TestMethod]
    public void Same_finding_in_another_file_is_not_in_the_baseline()
    {
        using var tree = new TempTree();
        tree.Write("Dockerfile", Original);
        tree.Write("other/Dockerfile", Original);
        var baseline = Record(tree);

        baseline.Filter(Analyze(tree, "other/Dockerfile")).Diagnostics.Should().HaveCount(2);
    }

    [TestMethod]
    public void Baseline_file_records_id_relative_path_fingerprint_and_message()
    {
        using var tree = new TempTree();
        tree.Write("services/api/Dockerfile", "FROM ubuntu\n");

        var entry = Record(tree, "services/api/Dockerfile").Entries.Single();

        entry.Id.Should().Be("DOPT4001");
        entry.Path.Should().Be("services/api/Dockerfile");
        entry.Fingerprint.Should().MatchRegex("^[0-9a-f]{32}$");
        entry.Message.Should().Contain("'ubuntu'");
        File.ReadAllText(tree.PathOf("dockopt-baseline.json")).Should().Contain("\"schemaVersion\": 1").And.Contain("'ubuntu'");
    }

    [TestMethod]
    [DataRow("not json", "*not valid JSON*")]
    [DataRow("{\"findings\": []}", "*'schemaVersion' is missing")]
    [DataRow("{\"schemaVersion\": 2, \"findings\": []}", "*schema version 2 is not supported*")]
    [DataRow("{\"schemaVersion\": 1, \"findings\": [{\"id\": \"DOPT4001\"}]}", "*a baseline finding has no 'path'")]
    public void Bad_baseline_stops(string text, string message)
    {
        using var tree = new TempTree();
        var path = tree.Write("baseline.json", text);

        var act = () => Baseline.Load(path);

        act.Should().Throw<ConfigurationException>().WithMessage(message);
    }

    [TestMethod]
    public void Missing_baseline_stops()
    {
        var act = () => Baseline.Load(Path.Combine(Path.GetTempPath(), "no-such-dockopt-baseline.json"));

        act.Should().Throw<ConfigurationException>().WithMessage("*cannot read the baseline*");
    }
}
