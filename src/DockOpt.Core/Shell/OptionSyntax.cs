namespace DockOpt.Core.Shell;

/// <summary>getopt-style option reading, shared by <see cref="CommandLineView"/> and wrapper unwrapping.</summary>
internal static class OptionSyntax
{
    /// <summary>Whether a word is an option: starts with '-' and is neither "-" (standard input) nor "--".</summary>
    public static bool IsOption(string word) => word.Length > 1 && word[0] == '-' && word != "--";

    /// <summary>
    /// Reads the option at <paramref name="args"/>[<paramref name="index"/>] into <paramref name="into"/> and returns how
    /// many words it used (2 when its value is the next word). In a cluster, the first letter that takes a value takes
    /// the rest of the word, or the next word: <c>-fsSLo out</c> is -f -s -S -L and -o with "out".
    /// </summary>
    public static int Read(IReadOnlyList<ShellWord> args, int index, IReadOnlySet<string> optionsWithValue, List<ShellOption> into)
    {
        var word = args[index];
        string text = word.Value;
        var nextWord = index + 1 < args.Count ? args[index + 1] : null;

        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            int equals = text.IndexOf('=');
            if (equals > 0)
            {
                into.Add(new ShellOption(text[..equals], text[(equals + 1)..], word, null));
                return 1;
            }

            return AddWithNextWord(text);
        }

        // -q=2 (apt-get accepts it) is one option with a value, not a cluster.
        if (text.Length > 2 && text[2] == '=')
        {
            into.Add(new ShellOption(text[..2], text[3..], word, null));
            return 1;
        }

        for (int k = 1; k < text.Length; k++)
        {
            string name = "-" + text[k];
            if (optionsWithValue.Contains(name))
            {
                if (k + 1 < text.Length)
                {
                    into.Add(new ShellOption(name, text[(k + 1)..], word, null));
                    return 1;
                }

                return AddWithNextWord(name);
            }

            into.Add(new ShellOption(name, null, word, null));
        }

        return 1;

        int AddWithNextWord(string name)
        {
            if (optionsWithValue.Contains(name) && nextWord is not null)
            {
                into.Add(new ShellOption(name, nextWord.Value, word, nextWord));
                return 2;
            }

            into.Add(new ShellOption(name, null, word, null));
            return 1;
        }
    }

    public static IReadOnlySet<string> ToSet(IEnumerable<string>? names) => names switch
    {
        null => EmptySet,
        IReadOnlySet<string> set => set,
        _ => new HashSet<string>(names, StringComparer.Ordinal),
    };

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();
}
