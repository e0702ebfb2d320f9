using System.Net.Http;
using DockOpt.Core.Analysis;
using DockOpt.Core.Optimizer;
using DockOpt.Core.Syntax;
using static DockOpt.ImageBuild.Tests.ImageHarness;

namespace DockOpt.ImageBuild.Tests;

/// <summary>
/// The proof of issue #6: for every sample, the naive Dockerfile and the output of
/// <c>optimize --target cloudrun</c> both build for real, and the optimized container answers HTTP on $PORT.
/// </summary>
[TestClass]
[TestCategory("ImageBuild")]
public sealed class SampleBuildTests
{
    public static IEnumerable<object[]> Samples => new[] { "flask-naive", "django-naive", "fastapi-naive", "pyproject-naive" }.Select(s => new object[] { s });

    [TestMethod]
    [DynamicData(nameof(Samples))]
    public void Original_and_optimized_build_and_the_optimized_server_answers_on_PORT(string sample)
    {
        var context = Directory.CreateTempSubdirectory($"dockopt-it-{sample}-");
        var tag = $"dockopt-it/{sample}";
        try
        {
            CopyDirectory(Path.Combine(RepositoryRoot, "samples", sample), context.FullName);
            var original = Path.Combine(context.FullName, "Dockerfile");
            var optimized = Path.Combine(context.FullName, "Dockerfile.optimized");
            var result = PythonDockerfileOptimizer.Optimize(
                DockerfileSyntax.Parse(File.ReadAllText(original)),
                new OptimizeOptions { Target = OptimizeTarget.CloudRun, BuildContext = new BuildContextView(context.FullName) });
            result.Outcome.Should().Be(OptimizeOutcome.Rewritten, result.Reason);
            File.WriteAllText(optimized, result.Text);
            if (result.Dockerignore is not null)
            {
                File.WriteAllText(Path.Combine(context.FullName, ".dockerignore"), result.Dockerignore);
            }

            Build(original, context.FullName, tag + ":original");
            Build(optimized, context.FullName, tag + ":optimized");
            AnswersHttp(tag + ":optimized");
        }
        finally
        {
            RunDocker("image", "rm", "--force", tag + ":original", tag + ":optimized");
            context.Delete(recursive: true);
        }
    }

    private static void Build(string dockerfile, string context, string tag)
    {
        var build = RunDocker("build", "--progress=plain", "-f", dockerfile, "-t", tag, context);
        build.ExitCode.Should().Be(0, $"docker build of {Path.GetFileName(dockerfile)} failed:\n{Tail(build.Error + build.Output)}");
    }

    private static void AnswersHttp(string image)
    {
        var port = FreePort();
        var name = $"dockopt-it-{Guid.NewGuid():N}";
        var run = RunDocker("run", "--detach", "--name", name, "--network", "host", "-e", $"PORT={port}", image);
        run.ExitCode.Should().Be(0, run.Error);
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            string? last = null;
            while (DateTime.UtcNow < deadline)
            {
                try
                {
                    var response = http.GetAsync($"http://127.0.0.1:{port}/").GetAwaiter().GetResult();
                    if ((int)response.StatusCode == 200)
                    {
                        return;
                    }

                    last = $"HTTP {(int)response.StatusCode}";
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    last = e.Message;
                }

                Thread.Sleep(500);
            }

            var logs = RunDocker("logs", name);
            Assert.Fail($"{image} did not answer HTTP 200 on port {port} within 60 s ({last}):\n{Tail(logs.Output + logs.Error)}");
        }
        finally
        {
            RunDocker("rm", "--force", name);
        }
    }

    private static void CopyDirectory(string source, string destination)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(destination, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
