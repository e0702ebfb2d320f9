using DockOpt.Core.Semantics;

namespace DockOpt.Core.Analysis;

/// <summary>
/// What the Dockerfile says about the image it builds: a file or final stage named for development
/// (<c>Dockerfile.dev</c>, <c>dev.Dockerfile</c>, <c>FROM base AS dev</c>) builds a development image, where
/// development servers, debug modes and development dependencies are intended.
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
        return path is not null && NamesDevelopment(Path.GetFileName(path));
    }

    private static bool NamesDevelopment(string name) =>
        name.Split(['.', '-', '_'], StringSplitOptions.RemoveEmptyEntries).Any(DevelopmentWords.Contains);
}
