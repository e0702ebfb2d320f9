using System.Text.Json;
using DockOpt.Core.Output;

namespace DockOpt.Core.Tests.Output;

[TestClass]
public sealed class CodeClimateReportWriterTests
{
    private static JsonElement[] Issues(Report report) =>
        JsonDocument.Parse(Reports.Render(CodeClimateReportWriter.Write, report)).RootElement.EnumerateArray().ToArray();

    [TestMethod]
    public void Issue_has_the_fields_gitlab_reads()
    {
        var file = Reports.File("FROM ubuntu\n\nRUN apt-get install -y curl\n", "svc/Dockerfile");

        var issue = Issues(Reports.Of(file)).Single(i => i.GetProperty("check_name").GetString() == "DOPT2003");

        issue.GetProperty("description").GetString().Should().StartWith("apt-get install also installs");
        issue.GetProperty("fingerprint").GetString().Should().Be(Fingerprints.Compute(file, file.Diagnostics.Single(d => d.Id == "DOPT2003")));
        issue.GetProperty("severity").GetString().Should().Be("major");
        issue.GetProperty("location").GetProperty("path").GetString().Should().Be("svc/Dockerfile");
        issue.GetProperty("location").GetProperty("lines").GetProperty("begin").GetInt32().Should().Be(3);
    }

    [TestMethod]
    public void Severities_map_to_info_major_and_critical() =>
        Issues(Reports.EverySeverity()).Select(i => (i.GetProperty("check_name").GetString(), i.GetProperty("severity").GetString()))
            .Should().Contain([("DOPT0001", "critical"), ("DOPT4001", "major"), ("DOPT3001", "info")]);

    [TestMethod]
    public void Fingerprints_are_unique_in_a_report()
    {
        var report = Reports.Of(Reports.File("FROM ubuntu\nFROM ubuntu\n", options: Reports.Unpinned), Reports.File("FROM ubuntu\nFROM ubuntu\n", "b/Dockerfile", Reports.Unpinned));

        Issues(report).Select(i => i.GetProperty("fingerprint").GetString()).Should().HaveCount(4).And.OnlyHaveUniqueItems();
    }

    [TestMethod]
    public void Path_uses_forward_slashes() =>
        Issues(Reports.Of("FROM ubuntu\n", @".\svc\Dockerfile", Reports.Unpinned))[0].GetProperty("location").GetProperty("path").GetString().Should().Be("svc/Dockerfile");

    [TestMethod]
    public void Report_without_findings_is_an_empty_array() =>
        Reports.Render(CodeClimateReportWriter.Write, Reports.Of("FROM ubuntu:24.04\n", options: Reports.Unpinned)).Trim().Should().Be("[]");
}
