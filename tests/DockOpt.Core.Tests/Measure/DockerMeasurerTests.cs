using DockOpt.Core.Measure;

namespace DockOpt.Core.Tests.Measure;

[TestClass]
public sealed class DockerMeasurerTests
{
    /// <summary>Answers docker's commands from a script and records what was asked, so measuring is tested without a daemon.</summary>
    private sealed class FakeDocker : ICommandRunner
    {
        public List<IReadOnlyList<string>> Calls { get; } = new();

        public bool DaemonUp { get; init; } = true;

        public bool BuildFails { get; init; }

        public Func<string, bool>? OnBuild { get; init; }

        public Task<CommandResult> RunAsync(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null, CancellationToken cancellationToken = default)
        {
            Calls.Add(arguments);
            var result = arguments[0] switch
            {
                "version" => DaemonUp ? Ok("20.10.24") : new CommandResult(1, "", "Cannot connect to the Docker daemon at unix:///var/run/docker.sock", TimeSpan.Zero),
                "build" when BuildFails => new CommandResult(1, "", "#5 ERROR: process \"/bin/sh -c pip install\" did not complete", TimeSpan.FromSeconds(1)),
                "build" => Build(arguments),
                "image" when arguments[1] == "inspect" => Ok("123400000"),
                "history" => Ok("{\"CreatedBy\":\"CMD [\\\"python\\\"]\",\"Size\":\"0\"}\n{\"CreatedBy\":\"RUN pip install\",\"Size\":\"45600000\"}\n{\"CreatedBy\":\"ADD rootfs\",\"Size\":\"77800000\"}\n"),
                _ => Ok(""),
            };
            return Task.FromResult(result);
        }

        private CommandResult Build(IReadOnlyList<string> arguments)
        {
            var context = arguments[^1];
            OnBuild?.Invoke(context);
            var cold = arguments.Contains("--no-cache");
            return new CommandResult(0, "", "", TimeSpan.FromSeconds(cold ? 40 : 2));
        }

        private static CommandResult Ok(string output) => new(0, output, "", TimeSpan.Zero);
    }

    private static (string Dockerfile, string Context) Sample(string dockerfileText = "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nCOPY . .\n")
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-measure-test-");
        File.WriteAllText(Path.Combine(dir.FullName, "Dockerfile"), dockerfileText);
        File.WriteAllText(Path.Combine(dir.FullName, "requirements.txt"), "flask\n");
        File.WriteAllText(Path.Combine(dir.FullName, "app.py"), "print('hi')\n");
        return (Path.Combine(dir.FullName, "Dockerfile"), dir.FullName);
    }

    [TestMethod]
    public async Task Measures_size_layers_cold_build_and_rebuild()
    {
        var (dockerfile, context) = Sample();
        var docker = new FakeDocker();

        var result = await new DockerMeasurer(docker).MeasureAsync(dockerfile, context);

        result.ImageBytes.Should().Be(123_400_000);
        result.Layers.Select(l => l.Bytes).Should().Equal(77_800_000, 45_600_000, 0);
        result.ColdBuild.Should().Be(TimeSpan.FromSeconds(40));
        result.RebuildAfterSourceEdit.Should().Be(TimeSpan.FromSeconds(2));
        result.EditedFile.Should().Be("app.py");
    }

    [TestMethod]
    public async Task The_users_files_are_never_edited()
    {
        var (dockerfile, context) = Sample();
        string? builtContext = null;
        var docker = new FakeDocker { OnBuild = c => (builtContext = c) is not null };

        await new DockerMeasurer(docker).MeasureAsync(dockerfile, context);

        File.ReadAllText(Path.Combine(context, "app.py")).Should().Be("print('hi')\n");
        builtContext.Should().NotStartWith(context);
        Directory.Exists(builtContext).Should().BeFalse("the temporary copy is removed afterwards");
    }

    [TestMethod]
    public async Task Cold_build_skips_the_cache_and_the_rebuild_uses_it()
    {
        var (dockerfile, context) = Sample();
        var docker = new FakeDocker();

        await new DockerMeasurer(docker).MeasureAsync(dockerfile, context);

        var builds = docker.Calls.Where(c => c[0] == "build").ToList();
        builds.Should().HaveCount(2);
        builds[0].Should().Contain("--no-cache");
        builds[1].Should().NotContain("--no-cache");
        docker.Calls.Should().Contain(c => c[0] == "image" && c[1] == "rm");
    }

    [TestMethod]
    public async Task Missing_daemon_is_a_clear_error()
    {
        var (dockerfile, context) = Sample();

        var act = () => new DockerMeasurer(new FakeDocker { DaemonUp = false }).MeasureAsync(dockerfile, context);

        (await act.Should().ThrowAsync<DockerUnavailableException>()).WithMessage("*daemon did not answer*Cannot connect*");
    }

    [TestMethod]
    public async Task Failed_build_reports_docker_output()
    {
        var (dockerfile, context) = Sample();

        var act = () => new DockerMeasurer(new FakeDocker { BuildFails = true }).MeasureAsync(dockerfile, context);

        (await act.Should().ThrowAsync<BuildFailedException>()).WithMessage("*did not complete*");
    }

    [TestMethod]
    public void Syntax_directive_is_removed_for_local_builds() =>
        DockerMeasurer.WithoutSyntaxDirective("# syntax=docker/dockerfile:1\nFROM a\n# syntax=not-a-directive\n")
            .Should().Be("# (syntax directive removed for the local build)\nFROM a\n# syntax=not-a-directive\n");

    [TestMethod]
    public void Comparison_gives_ratios()
    {
        var a = new ImageMeasurement("a", 400, [], TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(30), "app.py");
        var b = new ImageMeasurement("b", 100, [], TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(3), "app.py");

        var comparison = new MeasurementComparison(a, b);

        comparison.SizeRatio.Should().Be(0.25);
        comparison.RebuildRatio.Should().BeApproximately(0.1, 1e-9);
    }
}
