using System.Globalization;
using System.Text.Json;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Knowledge;

/// <summary>An official image with a slimmer official variant, and the sizes measured for one tag of each.</summary>
public sealed record SlimVariant(
    string Repository,
    string Slim,
    string CodenameOrder,
    string FullTag,
    double FullMB,
    string SlimTag,
    double SlimMB,
    string Source,
    string Seen);

/// <summary>An image family known to run as a non-root user without a USER instruction.</summary>
public sealed record NonRootImage(string? Registry, string RepositoryPrefix, string TagContains, string User, string Source);

/// <summary>What dockopt knows about base images, read from the embedded <c>Knowledge/base-images.json</c>.</summary>
public static class BaseImageKnowledge
{
    private static readonly Lazy<Data> Loaded = new(Load);

    private static readonly HashSet<string> DebianCodenames = new(StringComparer.OrdinalIgnoreCase)
    {
        "buster", "bullseye", "bookworm", "trixie", "forky",
    };

    public static IReadOnlyList<SlimVariant> SlimVariants => Loaded.Value.SlimVariants;

    public static IReadOnlyList<NonRootImage> NonRootImages => Loaded.Value.NonRootImages;

    /// <summary>
    /// For a full-size official tag (<c>python:3.12</c>, <c>node:20-bookworm</c>, <c>debian:12</c>), the slim
    /// tag that replaces it and the measured sizes; null when the tag is already slim, alpine, or unknown.
    /// </summary>
    public static (string SlimTag, SlimVariant Sizes)? SuggestSlim(ImageReference image)
    {
        if (!image.IsOfficialDockerHubImage || image.HasDigest)
        {
            return null;
        }

        var known = SlimVariants.FirstOrDefault(v => v.Repository == image.NormalizedRepository);
        if (known is null)
        {
            return null;
        }

        var tag = image.Tag is null || image.Tag.IsLatest ? null : image.Tag;
        var version = tag?.VersionText;
        var parts = tag?.VariantParts ?? [];

        // Only a version, a Debian codename, or both: anything else (slim, alpine, windowsservercore...) is not the full image.
        if (parts.Count > 1 || parts.Any(p => !DebianCodenames.Contains(p)))
        {
            return null;
        }

        var codename = parts.Count == 1 ? parts[0] : null;
        var variant = codename is null
            ? known.Slim
            : known.CodenameOrder == "codename-slim" ? $"{codename}-{known.Slim}" : $"{known.Slim}-{codename}";
        var newTag = version is null ? variant : $"{version}-{variant}";
        return (newTag, known);
    }

    /// <summary>The non-root user an image is known to run as by default, or null.</summary>
    public static NonRootImage? KnownNonRoot(ImageReference image) => NonRootImages.FirstOrDefault(n =>
        (n.Registry is null ? image.IsDockerHub : string.Equals(image.Registry, n.Registry, StringComparison.OrdinalIgnoreCase))
        && image.Repository.StartsWith(n.RepositoryPrefix, StringComparison.OrdinalIgnoreCase)
        && (n.TagContains.Length == 0 || image.Tag?.Text.Contains(n.TagContains, StringComparison.OrdinalIgnoreCase) == true));

    public static string FormatMegabytes(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static Data Load()
    {
        using var stream = typeof(BaseImageKnowledge).Assembly.GetManifestResourceStream("DockOpt.Core.Knowledge.base-images.json")
            ?? throw new InvalidOperationException("embedded base-images.json is missing");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<Data>(stream, options) ?? throw new InvalidOperationException("base-images.json is empty");
    }

    private sealed record Data(IReadOnlyList<SlimVariant> SlimVariants, IReadOnlyList<NonRootImage> NonRootImages);
}
