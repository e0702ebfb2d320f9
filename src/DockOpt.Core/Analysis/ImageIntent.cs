using DockOpt.Core.Semantics;

namespace DockOpt.Core.Analysis;

/// <summary>
/// What the Dockerfile says about the image it builds: a file or final stage named for development
/// (<c>Dockerfile.dev</c>, <c>dev.Dockerfile</c>, <c>FROM base AS dev</c>) or a Dockerfile in a
/// <c>.devcontainer</c> folder builds a development image, where development servers, debug modes,
/// development dependencies, compilers, the full base image and root are intended, and which is never deployed.
/// </summary>
public static class ImageIntent
{
    private static readonly HashSet<string> DevelopmentWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "dev", "develop", "development", "debug", "local", "devcontainer",
    };

    /// <summary>True when the file name or the final stage's name marks a development image.</summary>
    public static bool IsDevelopmentImage(DockerfileModel model)
    {
        if (model.FinalStage?.Name is { } stage && NamesDevelopment(stage))
        {
            return true;
        }

        var path = model.Syntax.Source.Path;
        return path is not null && (NamesDevelopment(Path.GetFileName(path)) || InDevContainerFolder(path));
    }

    /// <summary>A Dockerfile in a <c>.devcontainer</c> folder builds a development container (the Dev Containers specification's place).</summary>
    private static bool InDevContainerFolder(string path)
    {
        var segments = path.Replace('\\', '/').Split('/');
        return segments.Length >= 2 && segments[^2] == ".devcontainer";
    }

    private static bool NamesDevelopment(string name) =>
        name.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(DevelopmentWords.Contains);
}
