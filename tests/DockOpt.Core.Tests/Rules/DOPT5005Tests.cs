using DockOpt.Core.Analysis;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Tests.Rules;

/// <summary>Runs a rule with a build context on disk or a known .NET project, for the rules that need them.</summary>
internal static class OptionsRuleTestHelpers
{
    public static IReadOnlyList<Diagnostic> Run(string id, string dockerfile, BuildContextView? context = null, ProjectInfo? project = null) =>
        DockerfileAnalyzer.Analyze(dockerfile, "Dockerfile", new AnalyzerOptions { Select = [id], BuildContext = context, Project = project }).Diagnostics
            .Where(d => d.Id == id)
            .ToList();

    public static IReadOnlyList<string> Spans(string id, string dockerfile, BuildContextView? context = null, ProjectInfo? project = null) =>
        Run(id, dockerfile, context, project).Select(d => $"{d.Location.Line}:{d.Location.Column}-{d.Location.EndLine}:{d.Location.EndColumn}").ToList();

    /// <summary>A fresh folder holding the given files (relative path to text), removed when disposed.</summary>
    public static TemporaryContext Context(params (string Path, string Text)[] files) => new(files);

    public sealed class TemporaryContext : IDisposable
    {
        public TemporaryContext((string Path, string Text)[] files)
        {
            Directory = Path.Combine(Path.GetTempPath(), "dockopt-test-" + Guid.NewGuid().ToString("N"));
            foreach (var (path, text) in files)
            {
                var full = Path.Combine(Directory, path);
                System.IO.Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, text);
            }

            System.IO.Directory.CreateDirectory(Directory);
            View = new BuildContextView(Directory);
        }

        public string Directory { get; }

        public BuildContextView View { get; }

        public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
    }
}

[TestClass]
public sealed class DOPT5005Tests
{
    private const string Id = "DOPT5005";
    private const string WithoutExec = "#!/bin/sh\nset -e\npython manage.py migrate\ngunicorn --bind :8080 mysite.wsgi\n";

    [TestMethod]
    public void Script_ending_without_exec_is_caught()
    {
        using var context = OptionsRuleTestHelpers.Context(("docker/entrypoint.sh", WithoutExec));

        OptionsRuleTestHelpers.Spans(Id, "FROM python:3.12-slim\nCOPY docker/entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n", context.View)
            .Should().Equal("3:13-3:29");
    }

    [TestMethod]
    public void Script_found_through_a_folder_copy_and_the_workdir_is_caught()
    {
        using var context = OptionsRuleTestHelpers.Context(("start.sh", "#!/bin/bash\nexport A=1\n\"$@\"\n"));

        OptionsRuleTestHelpers.Spans(Id, "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT [\"./start.sh\"]\nCMD [\"gunicorn\", \"main:app\"]\n", context.View)
            .Should().Equal("4:13-4:25");
    }

    [TestMethod]
    public void Script_on_the_path_is_caught()
    {
        using var context = OptionsRuleTestHelpers.Context(("scripts/docker-entrypoint.sh", "#!/bin/sh\nnode server.js\n"));

        OptionsRuleTestHelpers.Spans(Id, "FROM node:20-slim\nCOPY scripts/ /usr/local/bin/\nENTRYPOINT [\"docker-entrypoint.sh\"]\n", context.View)
            .Should().Equal("3:13-3:35");
    }

    [TestMethod]
    public void Script_with_exec_passes()
    {
        using var context = OptionsRuleTestHelpers.Context(("entrypoint.sh", "#!/bin/sh\nset -e\nexec gunicorn main:app\n"));

        OptionsRuleTestHelpers.Run(Id, "FROM python:3.12-slim\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n", context.View).Should().BeEmpty();
    }

    [TestMethod]
    public void Script_that_traps_signals_passes()
    {
        using var context = OptionsRuleTestHelpers.Context(("entrypoint.sh", "#!/bin/sh\ntrap 'kill -TERM $pid' TERM\ngunicorn main:app &\npid=$!\nwait $pid\n"));

        OptionsRuleTestHelpers.Run(Id, "FROM python:3.12-slim\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n", context.View).Should().BeEmpty();
    }

    [TestMethod]
    public void Unknown_context_passes() =>
        OptionsRuleTestHelpers.Run(Id, "FROM python:3.12-slim\nCOPY docker/entrypoint.sh /entrypoint.sh\nENTRYPOINT [\"/entrypoint.sh\"]\n").Should().BeEmpty();
}
