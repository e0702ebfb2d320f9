using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>What a COPY or ADD takes from the build context: the whole of it, or a named file.</summary>
public static class ContextCopies
{
    private static readonly HashSet<string> WholeContextSources = new(StringComparer.Ordinal) { ".", "./", "*", "./*", ".\\" };

    /// <summary>True for a COPY or ADD that reads the build context (not <c>--from</c> another stage or image, not a heredoc).</summary>
    public static bool ReadsContext(InstructionContext copy) =>
        copy.Instruction.Kind is InstructionKind.Copy or InstructionKind.Add
        && !copy.Instruction.HasFlag("from")
        && copy.Instruction.Heredocs.Count == 0;

    /// <summary>The source words of a COPY or ADD (every word but the destination).</summary>
    public static IReadOnlyList<WordSyntax> Sources(InstructionSyntax copy)
    {
        var words = copy.Form == CommandForm.Exec ? copy.ExecArguments : copy.Words;
        return words.Count < 2 ? [] : words.Take(words.Count - 1).ToList();
    }

    /// <summary>The span from the keyword to the source that names the whole build context (<c>COPY .</c>), or null.</summary>
    /// <summary>For a COPY or ADD that reads the build context: each source whose value is fully known, as a path with forward slashes and no trailing slash.</summary>
    public static IEnumerable<(WordSyntax Word, string Path)> ResolvedSources(InstructionContext copy)
    {
        if (!ReadsContext(copy))
        {
            yield break;
        }

        foreach (var word in Sources(copy.Instruction))
        {
            var expanded = copy.Expand(word);
            if (expanded.IsFullyResolved)
            {
                yield return (word, expanded.Value.Replace('\\', '/').TrimEnd('/'));
            }
        }
    }

    public static TextSpan? WholeContext(InstructionContext copy)
    {
        if (!ReadsContext(copy))
        {
            return null;
        }

        foreach (var word in Sources(copy.Instruction))
        {
            if (WholeContextSources.Contains(copy.Expand(word).Value))
            {
                return new TextSpan(copy.Instruction.KeywordSpan.Start, word.Span.End);
            }
        }

        return null;
    }

    /// <summary>
    /// Where a file of the build context named <paramref name="fileName"/> lands when <paramref name="copy"/> copies it:
    /// its folder in the image, or null when the COPY does not copy it. A source naming the file counts; a glob
    /// (<c>package*.json</c>) or a folder (<c>.</c>) counts only when <paramref name="context"/> shows the file is there.
    /// </summary>
    public static string? FolderOf(InstructionContext copy, string fileName, BuildContextView? context)
    {
        if (!ReadsContext(copy))
        {
            return null;
        }

        var sources = Sources(copy.Instruction);
        var words = copy.Instruction.Form == CommandForm.Exec ? copy.Instruction.ExecArguments : copy.Instruction.Words;
        var destination = copy.Expand(words[^1]);
        if (sources.Count == 0 || !destination.IsFullyResolved)
        {
            return null;
        }

        var intoFolder = destination.Value.EndsWith('/') || sources.Count > 1 || destination.Value is "." or "..";
        var destinationPath = ImagePaths.Combine(copy.Workdir, destination.Value);
        foreach (var word in sources)
        {
            var expanded = copy.Expand(word);
            if (!expanded.IsFullyResolved)
            {
                continue;
            }

            var source = expanded.Value.Replace('\\', '/');
            var name = ImagePaths.FileName(source);
            if (name == fileName)
            {
                if (intoFolder)
                {
                    return destinationPath;
                }

                return ImagePaths.FileName(destinationPath) == fileName ? ParentOf(destinationPath) : null;
            }

            if (context is null)
            {
                continue;
            }

            var folder = source.TrimEnd('/');
            var isGlob = name.IndexOfAny(['*', '?', '[']) >= 0;
            if (isGlob && GlobMatches(name, fileName))
            {
                var sourceFolder = source.Contains('/') ? source[..source.LastIndexOf('/')] : ".";
                if (context.FileExists(Path.Combine(sourceFolder, fileName)))
                {
                    return destinationPath;
                }
            }
            else if (!isGlob && (folder is "." or "" || context.DirectoryExists(folder)))
            {
                if (context.FileExists(Path.Combine(folder.Length == 0 ? "." : folder, fileName)))
                {
                    return destinationPath;
                }
            }
        }

        return null;
    }

    /// <summary>A glob of one path component: <c>*</c>, <c>?</c> and <c>[...]</c> classes.</summary>
    public static bool GlobMatches(string pattern, string name) => GlobMatches(pattern, 0, name, 0);

    private static bool GlobMatches(string pattern, int p, string name, int n)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                for (var k = n; k <= name.Length; k++)
                {
                    if (GlobMatches(pattern, p + 1, name, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (n >= name.Length)
            {
                return false;
            }

            if (c == '[')
            {
                var close = pattern.IndexOf(']', p + 1);
                if (close < 0)
                {
                    return false;
                }

                var set = pattern[(p + 1)..close];
                var negate = set.StartsWith('!') || set.StartsWith('^');
                if (negate)
                {
                    set = set[1..];
                }

                var hit = false;
                for (var i = 0; i < set.Length; i++)
                {
                    if (i + 2 < set.Length && set[i + 1] == '-')
                    {
                        hit |= name[n] >= set[i] && name[n] <= set[i + 2];
                        i += 2;
                    }
                    else
                    {
                        hit |= name[n] == set[i];
                    }
                }

                if (hit == negate)
                {
                    return false;
                }

                p = close + 1;
                n++;
                continue;
            }

            if (c != '?' && c != name[n])
            {
                return false;
            }

            p++;
            n++;
        }

        return n == name.Length;
    }

    private static string ParentOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash <= 0 ? "/" : path[..slash];
    }
}
