using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Optimizer;
using DockOpt.Core.Syntax;
using DockOpt.Core.Tests.Rules;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Optimizer;

[TestClass]
public sealed class OptimizerTests
{
    public static IEnumerable<object[]> Samples =>
        from sample in new[] { "flask-naive", "django-naive", "fastapi-naive", "pyproject-naive" }
        from target in new[] { OptimizeTarget.Generic, OptimizeTarget.CloudRun }
        select new object[] { sample, target };

    private static string SampleDirectory(string sample) => Path.Combine(CatalogueTests.RepositoryRoot(), "samples", sample);

    private static OptimizeResult Optimize(string text, OptimizeTarget target = OptimizeTarget.Generic, string? context = null) =>
        PythonDockerfileOptimizer.Optimize(DockerfileSyntax.Parse(text), new OptimizeOptions
        {
            Target = target,
            BuildContext = context is null ? null : new BuildContextView(context),
        });

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void Sample_rewrite_matches_the_stored_expectation(string sample, OptimizeTarget target)
    {
        var directory = SampleDirectory(sample);
        var result = Optimize(File.ReadAllText(Path.Combine(directory, "Dockerfile")), target, directory);

        result.Outcome.Should().Be(OptimizeOutcome.Rewritten, result.Reason);
        FixtureTests.CompareWithStored(Path.Combine(CatalogueTests.RepositoryRoot(), "tests", "DockOpt.Core.Tests", "Optimizer", "Expected", $"{sample}.{target.ToString().ToLowerInvariant()}.Dockerfile"), result.Text!);
    }

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void Rewrite_parses_is_idempotent_and_leaves_no_safe_fix(string sample, OptimizeTarget target)
    {
        var directory = SampleDirectory(sample);
        var text = Optimize(File.ReadAllText(Path.Combine(directory, "Dockerfile")), target, directory).Text!;

        DockerfileSyntax.Parse(text).Errors.Should().BeEmpty();
        Optimize(text, target, directory).Outcome.Should().Be(OptimizeOutcome.AlreadyOptimized);
        var fix = FixEngine.Apply(SourceText.From(text), new FixOptions { Analyzer = new AnalyzerOptions { BuildContext = new BuildContextView(directory) } });
        fix.Outcome.Should().Be(FixOutcome.Unchanged, string.Join(", ", fix.Remaining.Where(d => d.Fix is not null).Select(d => d.Id)));
    }

    [TestMethod]
    public void Rewrite_fixes_what_check_reported_on_the_seed()
    {
        var directory = SampleDirectory("flask-naive");
        var text = Optimize(File.ReadAllText(Path.Combine(directory, "Dockerfile")), OptimizeTarget.CloudRun, directory).Text!;
        var ids = DockerfileAnalyzer.Analyze(text, "Dockerfile", new AnalyzerOptions { BuildContext = new BuildContextView(directory) })
            .Diagnostics.Select(d => d.Id);

        ids.Should().NotContain(["DOPT1001", "DOPT2001", "DOPT3001", "DOPT5001", "DOPT2004", "DOPT2006"]);
    }

    [TestMethod]
    public void Build_dependencies_stay_in_the_builder_and_runtime_libraries_ship()
    {
        var text = Optimize("""
            FROM python:3.12-slim
            WORKDIR /app
            RUN apt-get update && apt-get install -y gcc libpq-dev curl python3-pip
            COPY . .
            RUN pip install -r requirements.txt
            CMD ["gunicorn", "app:app"]
            """).Text!;
        var stages = text.Split("\nFROM ");

        stages[1].Should().Contain("apt-get install -y --no-install-recommends gcc libpq-dev");
        stages[2].Should().Contain("apt-get install -y --no-install-recommends libpq5 curl").And.NotContain("gcc").And.NotContain("python3-pip");
        text.Should().Contain("# dockopt: dropped 'python3-pip'");
    }

    [TestMethod]
    public void Instructions_it_does_not_understand_stay_in_order()
    {
        var text = Optimize("""
            FROM python:3.12-slim
            LABEL org.opencontainers.image.source=https://example.com/app
            WORKDIR /app
            COPY . .
            RUN pip install --no-cache-dir -r requirements.txt
            # collect the static files
            RUN python manage.py collectstatic --noinput
            EXPOSE 8000
            CMD ["gunicorn", "site.wsgi"]
            """).Text!;
        var final = text.Split("\nFROM ")[2];

        final.IndexOf("LABEL", StringComparison.Ordinal).Should().BeLessThan(final.IndexOf("COPY . .", StringComparison.Ordinal));
        final.Should().Contain("# collect the static files\nRUN python manage.py collectstatic --noinput\nEXPOSE 8000\nUSER app\n");
    }

    [TestMethod]
    public void Crlf_input_gives_crlf_output()
    {
        var text = Optimize("FROM python:3.12-slim\r\nCOPY . .\r\nRUN pip install -r requirements.txt\r\nCMD python app.py\r\n").Text!;

        text.Replace("\r\n", string.Empty).Should().NotContain("\n");
        text.Should().Contain("CMD exec python app.py\r\n");
    }

    [TestMethod]
    public void User_of_the_original_is_kept()
    {
        var text = Optimize("FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\nUSER nobody\nCMD [\"python\", \"app.py\"]\n").Text!;

        text.Should().Contain("USER nobody").And.NotContain("USER app");
    }

    [TestMethod]
    public void A_pyproject_install_of_the_project_alone_gets_a_dependency_layer_and_a_build_without_isolation()
    {
        var text = Optimize("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install .\n").Text!;

        text.Should().Contain("COPY pyproject.toml ./\nRUN python -c \"import tomllib;");
        text.Should().Contain("pip install --no-cache-dir -r /tmp/build-requirements.txt");
        text.Should().Contain("COPY . .\nRUN pip install --no-deps --no-build-isolation --no-cache-dir --prefix=/install .\n");
    }

    [TestMethod]
    [DataRow("FROM python:3.12-slim\nCOPY . .\nRUN pip install . gunicorn\n", DisplayName = "another package beside the project")]
    [DataRow("FROM python:3.12-slim\nCOPY . .\nRUN pip install .[server]\n", DisplayName = "extras, which [project].dependencies does not list")]
    [DataRow("FROM python:3.10-slim\nCOPY . .\nRUN pip install .\n", DisplayName = "Python 3.10 has no tomllib")]
    public void Without_a_dependency_layer_the_project_install_keeps_resolving_its_dependencies(string dockerfile)
    {
        var text = Optimize(dockerfile).Text!;

        text.Should().NotContain("tomllib").And.NotContain("--no-deps").And.NotContain("--no-build-isolation");
    }

    [TestMethod]
    public void Multi_stage_input_is_already_optimized() =>
        Optimize("FROM python:3.12 AS b\nFROM python:3.12-slim\n").Outcome.Should().Be(OptimizeOutcome.AlreadyOptimized);

    [TestMethod]
    public void Non_python_base_is_not_supported() =>
        Optimize("FROM node:20\nCOPY . .\nRUN npm ci\n").Reason.Should().Contain("official python image");

    [TestMethod]
    public void Pip_sharing_a_run_with_other_commands_is_not_supported() =>
        Optimize("FROM python:3.12\nCOPY . .\nRUN pip install -r requirements.txt && python setup.py build\n").Reason.Should().Contain("RUN of its own");

    [TestMethod]
    public void Requirements_outside_the_copied_folder_are_not_supported() =>
        Optimize("FROM python:3.12\nWORKDIR /app\nCOPY . /src\nRUN pip install -r /src/requirements.txt\n").Outcome.Should().Be(OptimizeOutcome.NotSupported);

    [TestMethod]
    public void Dockerignore_is_offered_only_when_missing()
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-opt-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "requirements.txt"), "flask\n");
            const string text = "FROM python:3.12-slim\nCOPY . .\nRUN pip install -r requirements.txt\n";
            Optimize(text, context: dir.FullName).Dockerignore.Should().Contain(".git");
            File.WriteAllText(Path.Combine(dir.FullName, ".dockerignore"), "mine\n");
            Optimize(text, context: dir.FullName).Dockerignore.Should().BeNull();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
