using System.Globalization;
using System.Text.Json;

namespace DockOpt.Core.Measure;

/// <summary>
/// Measures a Dockerfile with real builds through the user's docker: a cold build (no cache), the
/// image and layer sizes, and a rebuild after a source-only edit. The edit is made in a temporary
/// copy of the build context, never in the user's files; the images and the copy are removed after.
/// </summary>
public sealed class DockerMeasurer(ICommandRunner runner, string docker = "docker")
{
    private static readonly string[] SourceExtensions = [".py", ".js", ".ts", ".cs", ".go", ".rb", ".php", ".java", ".rs", ".html", ".txt", ".md"];

    private static readonly HashSet<string> Manifests = new(StringComparer.OrdinalIgnoreCase)
    {
        "requirements.txt", "pyproject.toml", "poetry.lock", "Pipfile", "Pipfile.lock", "uv.lock", "setup.py", "setup.cfg",
        "package.json", "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "go.mod", "go.sum", "Gemfile", "Gemfile.lock",
        "composer.json", "composer.lock", "pom.xml", "Cargo.toml", "Cargo.lock",
    };

    private static readonly Dictionary<string, string> BuildEnvironment = new() { ["DOCKER_BUILDKIT"] = "1" };

    /// <summary>Fails with <see cref="DockerUnavailableException"/> when the client or the daemon does not answer.</summary>
    public async Task EnsureAvailableAsync(CancellationToken cancellationToken = default)
    {
        CommandResult result;
        try
        {
            result = await runner.RunAsync(docker, ["version", "--format", "{{.Server.Version}}"], null, cancellationToken).ConfigureAwait(false);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new DockerUnavailableException($"'{docker}' was not found: install docker (any version with BuildKit) to measure real builds");
        }

        if (result.ExitCode != 0)
        {
            throw new DockerUnavailableException($"docker's daemon did not answer: {LastLine(result.Error)}");
        }
    }

    public async Task<ImageMeasurement> MeasureAsync(string dockerfile, string contextDirectory, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        await EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
        var workspace = Directory.CreateTempSubdirectory("dockopt-measure-");
        var tag = $"dockopt-measure-{Guid.NewGuid():N}";
        try
        {
            var context = Path.Combine(workspace.FullName, "context");
            CopyDirectory(contextDirectory, context);
            var dockerfileCopy = Path.Combine(workspace.FullName, "Dockerfile");
            File.WriteAllText(dockerfileCopy, WithoutSyntaxDirective(File.ReadAllText(dockerfile)));

            progress?.Report($"building {dockerfile} without cache");
            var cold = await BuildAsync(dockerfileCopy, context, tag, noCache: true, cancellationToken).ConfigureAwait(false);
            var (size, layers) = await InspectAsync(tag, cancellationToken).ConfigureAwait(false);

            var edited = EditSource(context);
            progress?.Report($"rebuilding after editing {edited}");
            var rebuild = await BuildAsync(dockerfileCopy, context, tag, noCache: false, cancellationToken).ConfigureAwait(false);
            return new ImageMeasurement(dockerfile, size, layers, cold, rebuild, edited);
        }
        finally
        {
            await runner.RunAsync(docker, ["image", "rm", "--force", tag], null, CancellationToken.None).ConfigureAwait(false);
            try
            {
                workspace.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is not worth failing a measurement for.
            }
        }
    }

    private async Task<TimeSpan> BuildAsync(string dockerfile, string context, string tag, bool noCache, CancellationToken cancellationToken)
    {
        var arguments = new List<string> { "build", "--progress=plain", "-f", dockerfile, "-t", tag };
        if (noCache)
        {
            arguments.Add("--no-cache");
        }

        arguments.Add(context);
        var result = await runner.RunAsync(docker, arguments, BuildEnvironment, cancellationToken).ConfigureAwait(false);
        if (result.ExitCode != 0)
        {
            var tail = string.Join('\n', (result.Error + result.Output).Split('\n').TakeLast(15));
            throw new BuildFailedException($"docker build failed (exit code {result.ExitCode}):\n{tail}");
        }

        return result.Elapsed;
    }

    private async Task<(long Size, IReadOnlyList<LayerSize> Layers)> InspectAsync(string tag, CancellationToken cancellationToken)
    {
        var inspect = await runner.RunAsync(docker, ["image", "inspect", "--format", "{{.Size}}", tag], null, cancellationToken).ConfigureAwait(false);
        if (inspect.ExitCode != 0 || !long.TryParse(inspect.Output.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            throw new BuildFailedException($"could not read the size of the built image: {LastLine(inspect.Error)}");
        }

        var history = await runner.RunAsync(docker, ["history", "--no-trunc", "--human=false", "--format", "{{json .}}", tag], null, cancellationToken).ConfigureAwait(false);
        var layers = new List<LayerSize>();
        foreach (var line in history.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var bytes = long.TryParse(root.GetProperty("Size").GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var b) ? b : 0;
            layers.Add(new LayerSize(bytes, root.GetProperty("CreatedBy").GetString() ?? string.Empty));
        }

        layers.Reverse();
        return (size, layers);
    }

    /// <summary>Appends a comment to a source file that is not a dependency manifest; creates one when there is none.</summary>
    internal static string EditSource(string context)
    {
        var candidate = Directory.EnumerateFiles(context, "*", SearchOption.AllDirectories)
            .Where(f => SourceExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Manifests.Contains(Path.GetFileName(f)) && !Path.GetFileName(f).StartsWith("Dockerfile", StringComparison.OrdinalIgnoreCase))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}.", StringComparison.Ordinal))
            .OrderBy(f => Path.GetExtension(f) == ".txt" || Path.GetExtension(f) == ".md")
            .ThenBy(f => f, StringComparer.Ordinal)
            .FirstOrDefault();
        var stamp = $"dockopt measure edit {Guid.NewGuid():N}";
        if (candidate is null)
        {
            candidate = Path.Combine(context, "dockopt-measure-edit.txt");
            File.WriteAllText(candidate, stamp + "\n");
        }
        else
        {
            var comment = Path.GetExtension(candidate) switch
            {
                ".py" or ".rb" => "\n# " + stamp + "\n",
                ".html" or ".md" => "\n<!-- " + stamp + " -->\n",
                ".txt" => "\n" + stamp + "\n",
                _ => "\n// " + stamp + "\n",
            };
            File.AppendAllText(candidate, comment);
        }

        return Path.GetRelativePath(context, candidate).Replace('\\', '/');
    }

    /// <summary>A local builder may not be able to fetch a syntax frontend; the built-in one reads the rest.</summary>
    internal static string WithoutSyntaxDirective(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimStart();
            if (!line.StartsWith('#'))
            {
                break;
            }

            if (line.TrimStart('#', ' ', '\t').StartsWith("syntax", StringComparison.OrdinalIgnoreCase) && line.Contains('='))
            {
                lines[i] = "# (syntax directive removed for the local build)" + (lines[i].EndsWith('\r') ? "\r" : string.Empty);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>The context as docker would send it, but for .git, which no build step should need.</summary>
    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, directory);
            if (relative.Split(Path.DirectorySeparatorChar).Contains(".git"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.Combine(destination, relative));
        }

        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Contains(".git"))
            {
                continue;
            }

            File.Copy(file, Path.Combine(destination, relative));
        }
    }

    private static string LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
