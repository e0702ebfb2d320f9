using System.Text.Json;
using DockOpt.Core.Output;
using DockOpt.Core.Tests.Rules;
using Json.Schema;

namespace DockOpt.Core.Tests.Output;

[TestClass]
public sealed class SarifReportWriterTests
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    /// <summary>
    /// The OASIS schema from shared/schemas beside the clone. It declares draft-04, which JsonSchema.Net
    /// does not ship; its only draft-04 keyword is <c>id</c> and every reference is local, so draft-07's
    /// keywords read it the same way.
    /// </summary>
    private static JsonSchema LoadSchema()
    {
        var path = Path.GetFullPath(Path.Combine(CatalogueTests.RepositoryRoot(), "..", "shared", "schemas", "sarif-schema-2.1.0.json"));
        File.Exists(path).Should().BeTrue($"the SARIF schema should be at {path}");
        var dialects = new DialectRegistry();
        dialects.Register(Dialect.Draft07.With([], new Uri("http://json-schema.org/draft-04/schema#")));
        return JsonSchema.FromText(File.ReadAllText(path), new BuildOptions { DialectRegistry = dialects });
    }

    private static void ShouldBeValidSarif(string sarif)
    {
        using var document = JsonDocument.Parse(sarif);
        var results = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        var errors = (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .ToList();
        results.IsValid.Should().BeTrue("the log should match the SARIF 2.1.0 schema, but:\n" + string.Join("\n", errors));
    }

    private static JsonElement Run(Report report) =>
        JsonDocument.Parse(Reports.Render(SarifReportWriter.Write, report)).RootElement.GetProperty("runs")[0];

    private static JsonElement Result(JsonElement run, string ruleId) =>
        run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == ruleId);

    [TestMethod]
    public void Log_of_findings_with_fixes_is_valid_against_the_schema()
    {
        var report = Reports.Of(
            Reports.File("FROM ubuntu\nRUN apt-get install -y curl\n"),
            Reports.File("FROM python:3.12\nRUN pip install flask\nRUNN x\n", "services/my api/Dockerfile"),
            Reports.File("FROM node\nCMD node server.js\n", "/abs/path/Dockerfile"),
            Reports.File("FROM scratch\n", "empty.Dockerfile"));

        ShouldBeValidSarif(Reports.Render(SarifReportWriter.Write, report));
    }

    [TestMethod]
    public void Log_with_every_severity_is_valid_against_the_schema() =>
        ShouldBeValidSarif(Reports.Render(SarifReportWriter.Write, Reports.EverySeverity()));

    [TestMethod]
    public void Log_without_files_is_valid_against_the_schema() =>
        ShouldBeValidSarif(Reports.Render(SarifReportWriter.Write, Reports.Of()));

    [TestMethod]
    public void Schema_check_catches_an_invalid_log()
    {
        var act = () => ShouldBeValidSarif("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "x" } }, "results": [ { "level": "fatal", "message": { "text": "m" } } ] } ] }""");

        act.Should().Throw<Exception>().WithMessage("*/runs/0/results/0/level*enum*");
    }

    [TestMethod]
    public void Log_names_the_version_and_utf16_columns()
    {
        var root = JsonDocument.Parse(Reports.Render(SarifReportWriter.Write, Reports.Of("FROM ubuntu\n"))).RootElement;

        root.GetProperty("version").GetString().Should().Be("2.1.0");
        root.GetProperty("$schema").GetString().Should().Be(SarifReportWriter.SchemaUri);
        root.GetProperty("runs")[0].GetProperty("columnKind").GetString().Should().Be("utf16CodeUnits");
    }

    [TestMethod]
    public void Driver_describes_dockopt_and_each_reported_rule_once()
    {
        var report = Reports.Of("FROM ubuntu AS a\nFROM ubuntu\n", options: Reports.Unpinned);

        var driver = Run(report).GetProperty("tool").GetProperty("driver");

        driver.GetProperty("name").GetString().Should().Be("dockopt");
        driver.GetProperty("version").GetString().Should().Be(Reports.Version);
        driver.GetProperty("informationUri").GetString().Should().Be(SarifReportWriter.InformationUri);
        var rule = driver.GetProperty("rules").EnumerateArray().Should().ContainSingle().Subject;
        rule.GetProperty("id").GetString().Should().Be("DOPT4001");
        rule.GetProperty("name").GetString().Should().Be("UnpinnedBaseImage");
        rule.GetProperty("shortDescription").GetProperty("text").GetString().Should().Be("Base image not pinned");
        rule.GetProperty("fullDescription").GetProperty("text").GetString().Should().StartWith("Reports a `FROM` whose image");
        rule.GetProperty("help").GetProperty("markdown").GetString().Should().Contain("## Why it matters");
        rule.GetProperty("helpUri").GetString().Should().EndWith("/docs/rules/DOPT4001.md");
        rule.GetProperty("defaultConfiguration").GetProperty("level").GetString().Should().Be("warning");
        rule.GetProperty("properties").GetProperty("category").GetString().Should().Be("correctness");
        rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).Should().Contain("correctness");
    }

    [TestMethod]
    public void Result_points_at_its_rule_and_region()
    {
        var run = Run(Reports.Of("FROM ubuntu\nRUN apt-get install -y curl\n", "svc/Dockerfile"));

        var result = Result(run, "DOPT2003");
        var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
        run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[ruleIndex].GetProperty("id").GetString().Should().Be("DOPT2003");
        result.GetProperty("level").GetString().Should().Be("warning");
        result.GetProperty("message").GetProperty("text").GetString().Should().StartWith("apt-get install also installs");
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        location.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("svc/Dockerfile");
        location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString().Should().Be("%SRCROOT%");
        var region = location.GetProperty("region");
        (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32())
            .Should().Be((2, 5, 2, 20));
    }

    [TestMethod]
    public void Severities_become_error_warning_and_note()
    {
        var run = Run(Reports.EverySeverity());

        Result(run, "DOPT0001").GetProperty("level").GetString().Should().Be("error");
        Result(run, "DOPT4001").GetProperty("level").GetString().Should().Be("warning");
        Result(run, "DOPT3001").GetProperty("level").GetString().Should().Be("note");
    }

    [TestMethod]
    public void Fix_becomes_a_replacement_of_a_region()
    {
        var result = Result(Run(Reports.Of("FROM ubuntu\nRUN apt-get install -y curl\n")), "DOPT2003");

        var fix = result.GetProperty("fixes").EnumerateArray().Should().ContainSingle().Subject;
        fix.GetProperty("description").GetProperty("text").GetString().Should().Be("Add --no-install-recommends");
        fix.GetProperty("properties").GetProperty("applicability").GetString().Should().Be("unsafe");
        var change = fix.GetProperty("artifactChanges").EnumerateArray().Should().ContainSingle().Subject;
        change.GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be("Dockerfile");
        var replacement = change.GetProperty("replacements").EnumerateArray().Should().ContainSingle().Subject;
        var deleted = replacement.GetProperty("deletedRegion");
        (deleted.GetProperty("startLine").GetInt32(), deleted.GetProperty("startColumn").GetInt32(), deleted.GetProperty("endLine").GetInt32(), deleted.GetProperty("endColumn").GetInt32())
            .Should().Be((2, 20, 2, 20));
        replacement.GetProperty("insertedContent").GetProperty("text").GetString().Should().Be(" --no-install-recommends");
    }

    [TestMethod]
    public void Finding_without_a_fix_has_no_fixes() =>
        Result(Run(Reports.Of("FROM ubuntu\n")), "DOPT4001").TryGetProperty("fixes", out _).Should().BeFalse();

    [TestMethod]
    public void Result_carries_the_stable_fingerprint()
    {
        var file = Reports.File("FROM ubuntu\n");

        var result = Result(Run(Reports.Of(file)), "DOPT4001");

        result.GetProperty("partialFingerprints").GetProperty("dockopt/v1").GetString()
            .Should().Be(Fingerprints.Compute(file, file.Diagnostics.Single(d => d.Id == "DOPT4001")));
    }

    [TestMethod]
    public void Relative_path_is_percent_encoded_per_segment() =>
        SarifReportWriter.ArtifactUri(@"services\my api\Dockerfile").Should().Be(("services/my%20api/Dockerfile", "%SRCROOT%"));

    [TestMethod]
    public void Absolute_path_becomes_a_file_uri_without_a_base()
    {
        var (uri, uriBaseId) = SarifReportWriter.ArtifactUri(Path.Combine(Path.GetTempPath(), "my app", "Dockerfile"));

        uri.Should().StartWith("file:///").And.EndWith("/my%20app/Dockerfile");
        uriBaseId.Should().BeNull();
    }
}
