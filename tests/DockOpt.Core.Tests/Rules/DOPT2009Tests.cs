using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2009Tests
{
    private const string Id = "DOPT2009";

    [TestMethod]
    public void Without_a_build_context_the_rule_does_not_run() =>
        Passes(Id, "FROM python:3.12-slim\nCOPY . .\n");

    [TestMethod]
    public void Context_with_git_and_node_modules_and_no_dockerignore_is_caught()
    {
        using var context = new TemporaryContext(".git/", "node_modules/", "src/app.js");

        Find(context, "FROM node:22-slim\nCOPY . .\n").Should().ContainSingle()
            .Which.Should().Match<Core.Diagnostics.Diagnostic>(d => d.Message.Contains(".git/, node_modules/") && d.Message.Contains("no .dockerignore"));
    }

    [TestMethod]
    public void Span_covers_the_copy_up_to_its_source()
    {
        using var context = new TemporaryContext(".git/");

        var diagnostic = Find(context, "FROM node:22-slim\nCOPY . /app\n").Single();

        $"{diagnostic.Location.Line}:{diagnostic.Location.Column}-{diagnostic.Location.EndLine}:{diagnostic.Location.EndColumn}".Should().Be("2:1-2:7");
    }

    [TestMethod]
    public void Folders_the_dockerignore_does_not_exclude_are_caught()
    {
        using var context = new TemporaryContext(".git/", "node_modules/", ".dockerignore=node_modules\n");

        Find(context, "FROM node:22-slim\nCOPY . .\n").Single().Message.Should().Contain(".git/").And.NotContain("node_modules").And.Contain("does not exclude");
    }

    [TestMethod]
    public void Dockerignore_excluding_everything_passes()
    {
        using var context = new TemporaryContext(".git/", "node_modules/", ".dockerignore=**/node_modules\n.git\n");

        Find(context, "FROM node:22-slim\nCOPY . .\n").Should().BeEmpty();
    }

    [TestMethod]
    public void Dockerignore_named_after_the_dockerfile_counts()
    {
        using var context = new TemporaryContext(".git/", "api.Dockerfile.dockerignore=.git\n");

        Find(context, "FROM node:22-slim\nCOPY . .\n", "api.Dockerfile").Should().BeEmpty();
    }

    [TestMethod]
    public void Bin_and_obj_are_caught_only_beside_a_project_file()
    {
        using var context = new TemporaryContext("bin/", "Api/bin/", "Api/obj/", "Api/Api.csproj=<Project />");

        Find(context, "FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\n").Single().Message.Should().Contain("Api/bin/, Api/obj/").And.NotContain(" bin/");
    }

    [TestMethod]
    public void Folder_named_venv_without_pyvenv_cfg_passes()
    {
        using var context = new TemporaryContext("venv/", "src/app.py");

        Find(context, "FROM python:3.12-slim\nCOPY . .\n").Should().BeEmpty();
    }

    [TestMethod]
    public void Copy_of_named_files_passes()
    {
        using var context = new TemporaryContext(".git/", "node_modules/");

        Find(context, "FROM node:22-slim\nCOPY package.json server.js ./\n").Should().BeEmpty();
    }

    private static IReadOnlyList<Core.Diagnostics.Diagnostic> Find(TemporaryContext context, string dockerfile, string name = "Dockerfile") =>
        Core.Analysis.DockerfileAnalyzer.Analyze(dockerfile, Path.Combine(context.Directory, name), new Core.Analysis.AnalyzerOptions { Select = [Id], BuildContext = new Core.Analysis.BuildContextView(context.Directory) })
            .Diagnostics.Where(d => d.Id == Id).ToList();

}

/// <summary>
/// A build context folder for one test: entries ending in / are folders, "path=text" are files with that text,
/// anything else an empty file. Deleted on dispose.
/// </summary>
internal sealed class TemporaryContext : IDisposable
{
    public TemporaryContext(params string[] entries)
    {
        Directory = Path.Combine(Path.GetTempPath(), "dockopt-context-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var entry in entries)
        {
            var equals = entry.IndexOf('=');
            var path = Path.Combine(Directory, equals < 0 ? entry : entry[..equals]);
            if (entry.EndsWith('/'))
            {
                System.IO.Directory.CreateDirectory(path);
                continue;
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, equals < 0 ? string.Empty : entry[(equals + 1)..]);
        }
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
