using System.Globalization;
using System.Text.RegularExpressions;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Analysis;

/// <summary>The official .NET images on mcr.microsoft.com (Linux and Windows, .NET Core 2.1 and later).</summary>
public enum DotNetImageKind
{
    Sdk,
    AspNet,
    Runtime,
    RuntimeDeps,
}

/// <summary>An official .NET image reference read into its kind, its .NET version and its variant.</summary>
/// <param name="Major">The .NET major version from the tag (8 for <c>8.0-alpine</c>); null for tags without one (<c>latest</c>, <c>lts</c>).</param>
public sealed record DotNetImage(ImageReference Image, DotNetImageKind Kind, int? Major, int? Minor)
{
    public bool IsAlpine => Image.Tag?.HasVariant("alpine") == true;

    /// <summary>Ubuntu chiseled and Azure Linux distroless tags: no shell, non-root by default.</summary>
    public bool IsDistroless => Image.Tag is { } tag
        && (tag.Text.Contains("chiseled", StringComparison.OrdinalIgnoreCase) || tag.Text.Contains("distroless", StringComparison.OrdinalIgnoreCase));

    /// <summary>Windows images (nanoserver, windowsservercore).</summary>
    public bool IsWindows => Image.Tag is { } tag
        && (tag.Text.Contains("nanoserver", StringComparison.OrdinalIgnoreCase) || tag.Text.Contains("windowsservercore", StringComparison.OrdinalIgnoreCase));

    public string VersionText => Major is null ? "?" : Minor is null ? Major.Value.ToString(CultureInfo.InvariantCulture) : $"{Major}.{Minor}";
}

public static partial class DotNetImages
{
    /// <summary>Reads <paramref name="image"/> as an official .NET image; null for anything else (the .NET Framework images included).</summary>
    public static DotNetImage? Read(ImageReference? image)
    {
        if (image is null || !string.Equals(image.Registry, "mcr.microsoft.com", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var repository = image.Repository.ToLowerInvariant();
        var name = repository switch
        {
            _ when repository.StartsWith("dotnet/nightly/", StringComparison.Ordinal) => repository["dotnet/nightly/".Length..],
            _ when repository.StartsWith("dotnet/core/", StringComparison.Ordinal) => repository["dotnet/core/".Length..],
            _ when repository.StartsWith("dotnet/", StringComparison.Ordinal) => repository["dotnet/".Length..],
            _ => null,
        };
        DotNetImageKind? kind = name switch
        {
            "sdk" => DotNetImageKind.Sdk,
            "aspnet" => DotNetImageKind.AspNet,
            "runtime" => DotNetImageKind.Runtime,
            "runtime-deps" => DotNetImageKind.RuntimeDeps,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        int? major = null;
        int? minor = null;
        if (image.Tag?.VersionText is { } version)
        {
            var parts = version.Split('.');
            major = int.Parse(parts[0], CultureInfo.InvariantCulture);
            minor = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        }

        return new DotNetImage(image, kind.Value, major, minor);
    }

    /// <summary>The .NET version of a target framework moniker: net8.0 and net8.0-windows give (8, 0); netcoreapp3.1 gives (3, 1); net48 and netstandard2.0 give null.</summary>
    public static (int Major, int Minor)? VersionOf(string targetFramework)
    {
        var match = TargetFrameworkPattern().Match(targetFramework.Trim());
        if (!match.Success)
        {
            return null;
        }

        var major = int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture);
        var minor = int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture);
        var isCore = match.Groups["core"].Success;
        return isCore || major >= 5 ? (major, minor) : null;
    }

    [GeneratedRegex(@"^net(?<core>coreapp)?(?<major>\d+)\.(?<minor>\d+)(-.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetFrameworkPattern();
}
