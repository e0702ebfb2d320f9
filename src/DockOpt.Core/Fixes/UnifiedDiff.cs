using System.Text;

namespace DockOpt.Core.Fixes;

/// <summary>A unified diff (as <c>diff -u</c> and git print it) between two versions of a text, by lines.</summary>
public static class UnifiedDiff
{
    private const int Context = 3;

    public static string Create(string oldText, string newText, string oldName, string newName)
    {
        if (oldText == newText)
        {
            return string.Empty;
        }

        var a = SplitLines(oldText);
        var b = SplitLines(newText);
        var ops = Diff(a, b);
        var output = new StringBuilder();
        output.Append("--- ").Append(oldName).Append('\n');
        output.Append("+++ ").Append(newName).Append('\n');

        var i = 0;
        while (i < ops.Count)
        {
            if (ops[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // A hunk: from a few lines of context before the change to a few after the last change close to it.
            var start = Math.Max(0, i - Context);
            var end = i;
            while (end < ops.Count)
            {
                if (ops[end].Kind != ' ')
                {
                    end++;
                    continue;
                }

                var run = end;
                while (run < ops.Count && ops[run].Kind == ' ')
                {
                    run++;
                }

                if (run == ops.Count || run - end > 2 * Context)
                {
                    end = Math.Min(run, end + Context);
                    break;
                }

                end = run;
            }

            WriteHunk(output, ops, start, end);
            i = end;
        }

        return output.ToString();
    }

    private static void WriteHunk(StringBuilder output, List<(char Kind, string Line, int OldIndex, int NewIndex)> ops, int start, int end)
    {
        var oldStart = ops[start].OldIndex;
        var newStart = ops[start].NewIndex;
        var oldCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '+');
        var newCount = ops.Skip(start).Take(end - start).Count(o => o.Kind != '-');
        output.Append("@@ -").Append(oldCount == 0 ? oldStart : oldStart + 1).Append(',').Append(oldCount)
            .Append(" +").Append(newCount == 0 ? newStart : newStart + 1).Append(',').Append(newCount).Append(" @@\n");
        for (var k = start; k < end; k++)
        {
            var line = ops[k].Line;
            output.Append(ops[k].Kind).Append(line.TrimEnd('\n'));
            output.Append('\n');
            if (!line.EndsWith('\n'))
            {
                output.Append("\\ No newline at end of file\n");
            }
        }
    }

    /// <summary>Lines with their terminators, so that a changed line ending shows as a change.</summary>
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>A longest-common-subsequence line diff; common prefix and suffix are trimmed first so large files with small changes stay cheap.</summary>
    private static List<(char Kind, string Line, int OldIndex, int NewIndex)> Diff(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var n = a.Count - prefix - suffix;
        var m = b.Count - prefix - suffix;
        var ops = new List<(char, string, int, int)>();
        for (var k = 0; k < prefix; k++)
        {
            ops.Add((' ', a[k], k, k));
        }

        if ((long)n * m > 25_000_000)
        {
            // Too large to align line by line: show the middle as replaced.
            for (var k = 0; k < n; k++)
            {
                ops.Add(('-', a[prefix + k], prefix + k, prefix));
            }

            for (var k = 0; k < m; k++)
            {
                ops.Add(('+', b[prefix + k], prefix + n, prefix + k));
            }
        }
        else
        {
            var lcs = new int[n + 1, m + 1];
            for (var x = n - 1; x >= 0; x--)
            {
                for (var y = m - 1; y >= 0; y--)
                {
                    lcs[x, y] = a[prefix + x] == b[prefix + y] ? lcs[x + 1, y + 1] + 1 : Math.Max(lcs[x + 1, y], lcs[x, y + 1]);
                }
            }

            int i = 0, j = 0;
            while (i < n || j < m)
            {
                if (i < n && j < m && a[prefix + i] == b[prefix + j])
                {
                    ops.Add((' ', a[prefix + i], prefix + i, prefix + j));
                    i++;
                    j++;
                }
                else if (i < n && (j == m || lcs[i + 1, j] >= lcs[i, j + 1]))
                {
                    // Removals first, then additions, as diff -u prints them.
                    ops.Add(('-', a[prefix + i], prefix + i, prefix + j));
                    i++;
                }
                else
                {
                    ops.Add(('+', b[prefix + j], prefix + i, prefix + j));
                    j++;
                }
            }
        }

        for (var k = 0; k < suffix; k++)
        {
            ops.Add((' ', a[a.Count - suffix + k], a.Count - suffix + k, b.Count - suffix + k));
        }

        return ops;
    }
}
