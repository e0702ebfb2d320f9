using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DockOpt.Core.Diagnostics;

namespace DockOpt.Core.Output;

/// <summary>
/// A finding's stable identity, for code-scanning services (SARIF <c>partialFingerprints</c>, GitLab
/// Code Quality) and baselines. It hashes the rule id, the normalized path, and the text of the
/// instruction the finding is on with whitespace collapsed, never the line number, so the identity
/// survives lines being inserted or removed around it. Equal keys in one file (the same rule twice
/// on the same instruction, or on two identical instructions) are told apart by an occurrence index
/// in file order.
/// </summary>
public static class Fingerprints
{
    /// <summary>The name of the fingerprint in SARIF <c>partialFingerprints</c>; bump the version when the recipe changes.</summary>
    public const string SarifName = "dockopt/v1";

    /// <summary>The fingerprint of <paramref name="diagnostic"/>, which must be one of <paramref name="file"/>'s.</summary>
    public static string Compute(FileReport file, Diagnostic diagnostic)
    {
        var diagnostics = file.Diagnostics;
        var index = IndexOf(diagnostics, d => ReferenceEquals(d, diagnostic));
        if (index < 0)
        {
            index = IndexOf(diagnostics, d => d.Equals(diagnostic));
        }

        if (index < 0)
        {
            throw new ArgumentException($"{diagnostic.Id} at {diagnostic.Location} is not a finding of '{file.DisplayPath}'", nameof(diagnostic));
        }

        return ComputeAll(file)[index];
    }

    /// <summary>The fingerprints of all of <paramref name="file"/>'s findings, in the order of <see cref="FileReport.Diagnostics"/>.</summary>
    public static IReadOnlyList<string> ComputeAll(FileReport file)
    {
        var path = NormalizePath(file.DisplayPath);
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[file.Diagnostics.Count];
        for (var i = 0; i < result.Length; i++)
        {
            var d = file.Diagnostics[i];
            var key = string.Join('\n', d.Id, path, ContextText(file, d));
            occurrences.TryGetValue(key, out var occurrence);
            occurrences[key] = occurrence + 1;
            result[i] = Hash(key + "\n" + occurrence.ToString(CultureInfo.InvariantCulture));
        }

        return result;
    }

    /// <summary>Forward slashes, no leading <c>./</c>: the same file gets the same path on every platform.</summary>
    public static string NormalizePath(string path)
    {
        var normalized = path.Replace('\\', '/');
        while (normalized.StartsWith("./", StringComparison.Ordinal))
        {
            normalized = normalized[2..];
        }

        return normalized;
    }

    /// <summary>Text with every run of whitespace made one space, and none at either end.</summary>
    public static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The instruction the finding starts in, as BuildKit reads it; the source line where no instruction covers it.</summary>
    private static string ContextText(FileReport file, Diagnostic d)
    {
        var start = d.Span.Start;
        foreach (var instruction in file.Result.Syntax.Instructions)
        {
            if (instruction.Span.Start <= start && start <= instruction.Span.End)
            {
                return CollapseWhitespace(instruction.Line.Text);
            }
        }

        var source = file.Result.Source;
        return d.Location.Line >= 1 && d.Location.Line <= source.LineCount
            ? CollapseWhitespace(source.GetLineText(d.Location.Line))
            : string.Empty;
    }

    private static int IndexOf(IReadOnlyList<Diagnostic> diagnostics, Func<Diagnostic, bool> match)
    {
        for (var i = 0; i < diagnostics.Count; i++)
        {
            if (match(diagnostics[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Hash(string text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 16).ToLowerInvariant();
}
