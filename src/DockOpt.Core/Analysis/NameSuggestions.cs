namespace DockOpt.Core.Analysis;

/// <summary>"Did you mean" for misspelt names: the closest candidate by edit distance (a swap of two neighbours counts once).</summary>
public static class NameSuggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="name"/> within a distance that grows with its length
    /// (1 up to 4 characters, 2 up to 8, then 3); null when none is that close or two tie.
    /// </summary>
    public static string? Closest(string name, IEnumerable<string> candidates, bool ignoreCase = false)
    {
        var limit = name.Length <= 4 ? 1 : name.Length <= 8 ? 2 : 3;
        string? best = null;
        var bestDistance = int.MaxValue;
        var tie = false;
        foreach (var candidate in candidates.Distinct(ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal))
        {
            var distance = Distance(ignoreCase ? name.ToLowerInvariant() : name, ignoreCase ? candidate.ToLowerInvariant() : candidate);
            if (distance == 0 || distance > limit)
            {
                continue;
            }

            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (candidate, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and transpositions of neighbours.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
