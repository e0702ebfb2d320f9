namespace DockOpt.Core.Shell;

/// <summary>
/// A simple command: assignments, words and redirections, such as
/// <c>DEBIAN_FRONTEND=noninteractive apt-get install -y curl &gt; /dev/null</c>.
/// </summary>
public sealed class ShellCommand
{
    private readonly ArraySegment<ShellWord> _words;
    private readonly CommandLink _link;

    internal ShellCommand(
        ArraySegment<ShellWord> words,
        IReadOnlyList<ShellWord> assignments,
        IReadOnlyList<ShellRedirection> redirections,
        CommandLink link,
        CommandContext context,
        int start,
        int end,
        ShellCommand? wrappedBy)
    {
        _words = words;
        _link = link;
        Assignments = assignments;
        Redirections = redirections;
        InSubstitution = context.InSubstitution;
        InCondition = context.InCondition;
        IsNegated = context.IsNegated;
        Start = start;
        End = end;
        WrappedBy = wrappedBy;
        (Program, Arguments) = ProgramResolver.Resolve(words);
    }

    /// <summary>Leading <c>NAME=value</c> words, and for a command run by <c>env</c> or <c>sudo</c>, the ones given to them.</summary>
    public IReadOnlyList<ShellWord> Assignments { get; }

    /// <summary>The argument vector as written; <c>Words[0]</c> is the command name. Empty for <c>A=1</c> or <c>&gt; file</c> alone.</summary>
    public IReadOnlyList<ShellWord> Words => _words;

    public IReadOnlyList<ShellRedirection> Redirections { get; }

    /// <summary>
    /// The program: the base name of <c>Words[0]</c> (<c>/usr/bin/pip3</c> is <c>pip3</c>), or <c>pip</c> for
    /// <c>python -m pip</c>. Empty when there are no words. Wrappers such as <c>sudo</c> keep their own name; the
    /// command they run is a separate <see cref="ShellCommand"/> whose <see cref="WrappedBy"/> is the wrapper.
    /// </summary>
    public string Program { get; }

    /// <summary>The words after the program (after <c>pip</c> for <c>python -m pip</c>).</summary>
    public IReadOnlyList<ShellWord> Arguments { get; }

    /// <summary>How this command connects to the previous one in its list. The first command in a <c>{ }</c>, <c>( )</c> or <c>if</c> takes the operator before that compound command.</summary>
    public ShellOperator Before => _link.Before;

    /// <summary>How the next command connects to this one; for the last command in a group, the operator after the group.</summary>
    public ShellOperator After => _link.After;

    public bool IsInPipeline => _link.PipedFrom is not null || _link.After == ShellOperator.Pipe;

    /// <summary>0 for the first command of a pipeline, 1 for the one reading its output, and so on; 0 outside pipelines.</summary>
    public int PipelineIndex => IsInPipeline ? _link.PipelineIndex : 0;

    /// <summary>The command whose output this one reads: <c>curl</c> in <c>curl -fsSL https://x | sh</c>.</summary>
    public ShellCommand? PipedFrom => _link.PipedFrom;

    /// <summary>Inside <c>$( )</c>, backquotes or <c>&lt;( )</c>.</summary>
    public bool InSubstitution { get; }

    /// <summary>Inside an <c>if</c>/<c>elif</c>/<c>while</c>/<c>until</c> condition, or a fallback that runs after <c>||</c>.</summary>
    public bool InCondition { get; }

    /// <summary>Preceded by <c>!</c>.</summary>
    public bool IsNegated { get; }

    public int Start { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End { get; }

    /// <summary>The <c>sh -c</c>, <c>sudo</c>, <c>env</c>, <c>xargs</c>... command that runs this one, or null.</summary>
    public ShellCommand? WrappedBy { get; }

    /// <summary>Whether <see cref="Program"/> is one of <paramref name="programs"/>.</summary>
    public bool Is(params string[] programs) => programs.Contains(Program, StringComparer.Ordinal);

    /// <summary>Options and positionals of <see cref="Arguments"/>; see <see cref="CommandLineView.Parse"/>.</summary>
    public CommandLineView ParseArguments(IEnumerable<string>? optionsWithValue = null) =>
        CommandLineView.Parse(Arguments, optionsWithValue);

    public override string ToString() => string.Join(' ', Assignments.Concat(Words).Select(w => w.Raw));

    /// <summary>Records the operator after this command, unless one was already recorded (inside its group).</summary>
    internal void ConnectNext(ShellOperator op)
    {
        if (_link.After == ShellOperator.None)
        {
            _link.After = op;
        }
    }

    internal ShellCommand CreateWrapped(int commandIndex, IReadOnlyList<ShellWord> assignments) =>
        new(
            _words.Slice(commandIndex),
            assignments,
            Redirections,
            _link,
            new CommandContext(InSubstitution, InCondition, IsNegated),
            _words[commandIndex].Start,
            End,
            this);
}

/// <summary>
/// How a command sits in its list. Shared between a wrapper and the commands it runs, so that in
/// <c>curl x | sudo sh</c>, <c>sh</c> is piped from <c>curl</c> too.
/// </summary>
internal sealed class CommandLink
{
    public ShellOperator Before { get; init; }

    public ShellOperator After { get; set; }

    public ShellCommand? PipedFrom { get; init; }

    public int PipelineIndex { get; init; }
}

internal readonly record struct CommandContext(bool InSubstitution, bool InCondition, bool IsNegated);

/// <summary>Finds the program of a command line: the base name of its first word, seeing through <c>python -m pip</c>.</summary>
internal static class ProgramResolver
{
    public static (string Program, IReadOnlyList<ShellWord> Arguments) Resolve(ArraySegment<ShellWord> words)
    {
        if (words.Count == 0)
        {
            return (string.Empty, []);
        }

        string program = ProgramNames.Basename(words[0].Value);
        if (ProgramNames.IsPython(program) && FindPipModule(words) is int pipIndex and > 0)
        {
            return ("pip", words.Slice(pipIndex + 1));
        }

        return (program, words.Slice(1));
    }

    /// <summary>The index of the word naming the pip module in <c>python [options] -m pip ...</c>, or -1.</summary>
    private static int FindPipModule(ArraySegment<ShellWord> words)
    {
        for (int i = 1; i < words.Count; i++)
        {
            string word = words[i].Value;
            if (word.Length < 2 || word[0] != '-' || word.StartsWith("--", StringComparison.Ordinal))
            {
                return -1; // a script, or an option such as --version that does not run a module
            }

            // A cluster such as -um or -Im: 'm', 'c', 'W' and 'X' take the rest of the word or the next one.
            for (int k = 1; k < word.Length; k++)
            {
                char letter = word[k];
                if (letter is 'c')
                {
                    return -1;
                }

                if (letter is 'm' or 'W' or 'X')
                {
                    bool attached = k + 1 < word.Length;
                    int valueIndex = attached ? i : i + 1;
                    if (letter != 'm')
                    {
                        i = valueIndex;
                        break;
                    }

                    string? module = attached ? word[(k + 1)..] : valueIndex < words.Count ? words[valueIndex].Value : null;
                    return module == "pip" ? valueIndex : -1;
                }
            }
        }

        return -1;
    }
}
