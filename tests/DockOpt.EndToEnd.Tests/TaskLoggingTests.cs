using System.Collections;
using DockOpt.MSBuild;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace DockOpt.EndToEnd.Tests;

/// <summary>
/// The events the tasks hand to MSBuild, seen through a recording build engine: what an IDE or a CI
/// annotation reads (code, file, span, help link) and what a console log does not show.
/// </summary>
[TestClass]
public sealed class TaskLoggingTests
{
    private static string _folder = null!;

    [ClassInitialize]
    public static void WriteDockerfile(TestContext context)
    {
        _folder = Path.Combine(Path.GetTempPath(), "dockopt-task-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "Dockerfile"), "FROM python:3.12-slim\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\nUSER nobody\nCMD [\"python\", \"app.py\"]\n");
    }

    [ClassCleanup]
    public static void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [TestMethod]
    public void Finding_is_a_warning_with_code_file_span_and_help_link()
    {
        var engine = new RecordingEngine();

        Analyze(engine, "analysed.cache").Should().BeTrue();

        var warning = engine.Warnings.Should().ContainSingle(w => w.Code == "DOPT1001").Subject;
        warning.File.Should().Be(Path.Combine(_folder, "Dockerfile"));
        (warning.LineNumber, warning.ColumnNumber, warning.EndLineNumber).Should().Be((3, 1, 3));
        warning.EndColumnNumber.Should().BeGreaterThan(1);
        warning.HelpLink.Should().EndWith("DOPT1001.md");
        warning.Message.Should().NotBeNullOrWhiteSpace();
    }

    [TestMethod]
    public void Replayed_finding_is_the_same_event_as_the_analysed_one()
    {
        var analysis = new RecordingEngine();
        var replay = new RecordingEngine();
        Analyze(analysis, "replayed.cache");

        new ReplayDockerfileFindings { BuildEngine = replay, CacheFile = Path.Combine(_folder, "replayed.cache") }.Execute().Should().BeTrue();

        replay.Warnings.Select(Describe).Should().Equal(analysis.Warnings.Select(Describe));
        replay.Messages.Should().Contain(m => m.Message!.Contains("findings replayed"));
    }

    [TestMethod]
    public void TreatWarningsAsErrors_logs_an_error_with_the_same_details_and_fails_the_task()
    {
        var engine = new RecordingEngine();

        Analyze(engine, "errors.cache", treatWarningsAsErrors: "true").Should().BeFalse();

        var error = engine.Errors.Should().ContainSingle(e => e.Code == "DOPT1001").Subject;
        (error.LineNumber, error.ColumnNumber).Should().Be((3, 1));
        error.HelpLink.Should().EndWith("DOPT1001.md");
    }

    [TestMethod]
    public void Project_properties_reach_the_project_aware_rules()
    {
        var dockerfile = Path.Combine(_folder, "api.Dockerfile");
        File.WriteAllText(dockerfile, "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nWORKDIR /app\nCOPY out/ .\nUSER app\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n");
        var withProject = new RecordingEngine();
        var withoutProject = new RecordingEngine();

        RunProjectAware(withProject, dockerfile, "Api");
        RunProjectAware(withoutProject, dockerfile, null);

        withProject.Warnings.Should().ContainSingle(w => w.Code == "DOPT7006").Which.Message.Should().Contain("Api");
        withoutProject.Warnings.Should().NotContain(w => w.Code == "DOPT7006");
    }

    private static void RunProjectAware(RecordingEngine engine, string dockerfile, string? assemblyName) =>
        new AnalyzeDockerfiles
        {
            BuildEngine = engine,
            Dockerfiles = [new TaskItem(dockerfile)],
            CacheFile = Path.Combine(_folder, $"project-{assemblyName ?? "none"}.cache"),
            Select = "DOPT7006",
            ProjectPath = Path.Combine(_folder, "Api.csproj"),
            TargetFrameworks = ["net8.0"],
            AssemblyName = assemblyName,
            OutputType = "Exe",
        }.Execute();

    private static bool Analyze(RecordingEngine engine, string cacheName, string? treatWarningsAsErrors = null) =>
        new AnalyzeDockerfiles
        {
            BuildEngine = engine,
            Dockerfiles = [new TaskItem(Path.Combine(_folder, "Dockerfile"))],
            CacheFile = Path.Combine(_folder, cacheName),
            Select = "DOPT1001",
            TreatWarningsAsErrors = treatWarningsAsErrors,
        }.Execute();

    private static string Describe(BuildWarningEventArgs w) =>
        $"{w.File}({w.LineNumber},{w.ColumnNumber},{w.EndLineNumber},{w.EndColumnNumber}) {w.Code} {w.HelpLink} {w.Message}";

    private sealed class RecordingEngine : IBuildEngine
    {
        public List<BuildWarningEventArgs> Warnings { get; } = [];

        public List<BuildErrorEventArgs> Errors { get; } = [];

        public List<BuildMessageEventArgs> Messages { get; } = [];

        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => "test.csproj";

        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => true;

        public void LogCustomEvent(CustomBuildEventArgs e)
        {
        }

        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);
    }
}
