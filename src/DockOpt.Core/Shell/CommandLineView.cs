namespace DockOpt.Core.Shell;

/// <summary>
/// The options and positional arguments of a command line, read the way getopt_long reads them: options may come
/// anywhere (<c>apt-get install -y x</c>), short ones may be clustered (<c>-yq</c>), and <c>--</c> ends them.
/// </summary>
public sealed class CommandLineView
{
    private CommandLineView(IReadOnlyList<ShellOption> options, IReadOnlyList<ShellWord> positionals)
    {
        Options = options;
        Positionals = positionals;
    }

    public IReadOnlyList<ShellOption> Options { get; }

    /// <summary>The words that are not options or option values, in order; every word after <c>--</c> is one.</summary>
    public IReadOnlyList<ShellWord> Positionals { get; }

    /// <summary>The first positional's value: <c>install</c> in <c>apt-get -y install x</c>.</summary>
    public string? Subcommand => Positionals.Count > 0 ? Positionals[0].Value : null;

    /// <param name="args">Usually <see cref="ShellCommand.Arguments"/>.</param>
    /// <param name="optionsWithValue">
    /// Spellings of the options that take a value (<c>-r</c>, <c>--requirement</c>); see <see cref="KnownOptions"/>.
    /// Other options are flags, except that <c>--name=value</c> always carries a value.
    /// </param>
    public static CommandLineView Parse(IReadOnlyList<ShellWord> args, IEnumerable<string>? optionsWithValue = null)
    {
        var withValue = OptionSyntax.ToSet(optionsWithValue);
        var options = new List<ShellOption>();
        var positionals = new List<ShellWord>();
        bool endOfOptions = false;
        for (int i = 0; i < args.Count;)
        {
            string word = args[i].Value;
            if (!endOfOptions && word == "--")
            {
                endOfOptions = true;
                i++;
            }
            else if (!endOfOptions && OptionSyntax.IsOption(word))
            {
                i += OptionSyntax.Read(args, i, withValue, options);
            }
            else
            {
                positionals.Add(args[i]);
                i++;
            }
        }

        return new CommandLineView(options, positionals);
    }

    /// <summary>
    /// Whether any of the options is present. Short names match inside clusters (<c>-yq</c> has <c>-y</c>), long names
    /// match exactly (with or without <c>=value</c>), and a name also matches a whole word (<c>-nv</c> for wget).
    /// </summary>
    public bool Has(params string[] names) => Find(names).Any();

    /// <summary>The values of the given options, in order.</summary>
    public IEnumerable<string> Values(params string[] names) =>
        Find(names).Where(o => o.Value is not null).Select(o => o.Value!);

    /// <summary>The options matching any of <paramref name="names"/>, as in <see cref="Has"/>.</summary>
    public IEnumerable<ShellOption> Find(params string[] names) =>
        Options.Where(o => names.Contains(o.Name, StringComparer.Ordinal) || names.Contains(o.Word.Value, StringComparer.Ordinal));
}
