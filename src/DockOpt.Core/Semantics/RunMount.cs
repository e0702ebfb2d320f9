using DockOpt.Core.Syntax;

namespace DockOpt.Core.Semantics;

/// <summary>A <c>RUN --mount=...</c> flag read into its options (BuildKit writes them as comma-separated key=value).</summary>
public sealed class RunMount
{
    private RunMount(FlagSyntax flag, IReadOnlyDictionary<string, string> options)
    {
        Flag = flag;
        Options = options;
    }

    public FlagSyntax Flag { get; }

    /// <summary>Every option, keys lower case; a bare key (<c>readonly</c>) has the value "true".</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    /// <summary>bind (the default), cache, tmpfs, secret or ssh.</summary>
    public string Type => Get("type") ?? "bind";

    public string? Target => Get("target") ?? Get("dst") ?? Get("destination");

    public string? From => Get("from");

    public string? Source => Get("source") ?? Get("src");

    public string? Id => Get("id");

    public bool IsCacheOrTmpfs => Type is "cache" or "tmpfs";

    public string? Get(string key) => Options.TryGetValue(key, out var value) ? value : null;

    /// <summary>True when the mount's target is <paramref name="path"/> or a folder that contains it.</summary>
    public bool Covers(string path)
    {
        var target = Target?.TrimEnd('/');
        if (string.IsNullOrEmpty(target))
        {
            return false;
        }

        path = path.TrimEnd('/');
        return path.Equals(target, StringComparison.Ordinal) || path.StartsWith(target + "/", StringComparison.Ordinal);
    }

    public static IReadOnlyList<RunMount> ReadAll(InstructionSyntax run, Func<string, string>? expand = null) =>
        run.GetFlags("mount").Where(f => f.Value is not null).Select(f => Parse(f, expand)).ToArray();

    public static RunMount Parse(FlagSyntax flag, Func<string, string>? expand = null)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in SplitCsv(flag.Value?.Value ?? string.Empty))
        {
            var equals = part.IndexOf('=');
            var key = (equals < 0 ? part : part[..equals]).Trim().ToLowerInvariant();
            var value = equals < 0 ? "true" : part[(equals + 1)..].Trim();
            if (key.Length > 0)
            {
                options[key] = expand is null ? value : expand(value);
            }
        }

        return new RunMount(flag, options);
    }

    /// <summary>Splits at commas outside double quotes, as a CSV reader does.</summary>
    private static IEnumerable<string> SplitCsv(string text)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == ',' && !quoted)
            {
                yield return text[start..i].Replace("\"", string.Empty);
                start = i + 1;
            }
        }

        yield return text[start..].Replace("\"", string.Empty);
    }
}
