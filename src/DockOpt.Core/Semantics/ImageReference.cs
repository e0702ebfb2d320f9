using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace DockOpt.Core.Semantics;

/// <summary>
/// An image tag read as a version and a variant: <c>3.11.4-slim-bookworm</c> is version 3.11.4,
/// variant <c>slim-bookworm</c>; <c>bookworm</c> has no version; <c>latest</c> is neither.
/// </summary>
public sealed partial record ImageTag(string Text, NuGetVersion? Version, string? VersionText, string? Variant)
{
    public bool IsLatest => Text.Equals("latest", StringComparison.OrdinalIgnoreCase);

    /// <summary>The variant's dash-separated parts: <c>slim-bookworm</c> gives slim and bookworm.</summary>
    public IReadOnlyList<string> VariantParts => Variant?.Split('-', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public bool HasVariant(string part) => VariantParts.Any(p => p.Equals(part, StringComparison.OrdinalIgnoreCase)
        || p.StartsWith(part, StringComparison.OrdinalIgnoreCase) && p.Length > part.Length && (char.IsDigit(p[part.Length]) || p[part.Length] == '.'));

    public static ImageTag Parse(string text)
    {
        var match = VersionPrefix().Match(text);
        if (!match.Success)
        {
            return new ImageTag(text, null, null, text.Length == 0 ? null : text);
        }

        var versionText = match.Groups["version"].Value;
        var rest = match.Groups["rest"].Value;
        var variant = rest.StartsWith('-') ? rest[1..] : rest.Length == 0 ? null : rest;
        NuGetVersion.TryParse(versionText, out var version);
        return new ImageTag(text, version, versionText, string.IsNullOrEmpty(variant) ? null : variant);
    }

    // Up to four dotted numbers; what follows (after a dash, or directly like "rc1") is the variant.
    [GeneratedRegex(@"^(?<version>\d+(?:\.\d+){0,3})(?<rest>(?:-.*|[a-z].*)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex VersionPrefix();
}

/// <summary>
/// An image reference split the way Docker reads it: <c>[registry/]repository[:tag][@digest]</c>.
/// A first path component with a dot or a colon, or <c>localhost</c>, is a registry; anything else is on Docker Hub.
/// </summary>
public sealed record ImageReference(string Text, string? Registry, string Repository, ImageTag? Tag, string? Digest)
{
    public bool IsScratch => Registry is null && Repository.Equals("scratch", StringComparison.OrdinalIgnoreCase) && Tag is null && Digest is null;

    public bool IsDockerHub => Registry is null or "docker.io" or "index.docker.io" or "registry-1.docker.io";

    /// <summary>The repository as Docker Hub names it: <c>python</c> becomes <c>library/python</c>.</summary>
    public string NormalizedRepository => IsDockerHub && !Repository.Contains('/') ? "library/" + Repository : Repository;

    /// <summary>An official Docker Hub image such as <c>python</c> or <c>library/node</c>.</summary>
    public bool IsOfficialDockerHubImage => IsDockerHub && NormalizedRepository.StartsWith("library/", StringComparison.Ordinal);

    /// <summary>The last path component: <c>dotnet/aspnet</c> gives <c>aspnet</c>.</summary>
    public string Name => Repository[(Repository.LastIndexOf('/') + 1)..];

    /// <summary>Registry and repository, the way rules compare images: <c>docker.io/library/python</c> and <c>python</c> are the same.</summary>
    public string FullRepository => IsDockerHub ? "docker.io/" + NormalizedRepository : Registry + "/" + Repository;

    public bool HasDigest => Digest is not null;

    public static ImageReference Parse(string text)
    {
        var rest = text.Trim();
        string? digest = null;
        var at = rest.IndexOf('@');
        if (at >= 0)
        {
            digest = rest[(at + 1)..];
            rest = rest[..at];
        }

        string? registry = null;
        var slash = rest.IndexOf('/');
        if (slash > 0)
        {
            var first = rest[..slash];
            if (first.Contains('.') || first.Contains(':') || first == "localhost")
            {
                registry = first;
                rest = rest[(slash + 1)..];
            }
        }

        ImageTag? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon >= 0 && colon > rest.LastIndexOf('/'))
        {
            tag = ImageTag.Parse(rest[(colon + 1)..]);
            rest = rest[..colon];
        }

        return new ImageReference(text, registry, rest, tag, digest);
    }

    public override string ToString() => Text;
}
