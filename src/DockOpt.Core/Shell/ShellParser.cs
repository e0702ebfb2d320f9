namespace DockOpt.Core.Shell;

/// <summary>
/// Parses POSIX sh (with the common bash extensions) as found in Dockerfile <c>RUN</c> instructions, into the simple
/// commands it runs. It never throws: malformed input is recovered from and reported in <see cref="ShellScript.Errors"/>.
/// </summary>
public static class ShellParser
{
    /// <param name="text">The command after Dockerfile line continuations were joined, or a here-document body.</param>
    public static ShellScript Parse(string text)
    {
        text ??= string.Empty;
        var session = new ParseSession();
        session.Schedule(new ParseJob(new ShellSource(text), 0, text.Length, Depth: 0, InSubstitution: false, InCondition: false, WrappedBy: null));
        while (session.TryTake(out var job))
        {
            try
            {
                new CommandListParser(job, session).Run();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // A bug must not take the linter down with it: keep what was found and say where parsing stopped.
                session.Errors.Report(job.Source.ToRoot(job.Start), $"internal parser error: {e.Message}");
            }
        }

        // Commands of substitutions and 'sh -c' strings are parsed after the text around them; put them back in place.
        // OrderBy is stable, so a wrapper stays before the commands it runs.
        var commands = session.Commands.OrderBy(c => c.Start).ToArray();
        return new ShellScript(text, commands, session.Errors.ToSortedList());
    }
}

/// <summary>The result of <see cref="ShellParser.Parse"/>.</summary>
public sealed class ShellScript
{
    internal ShellScript(string text, IReadOnlyList<ShellCommand> commands, IReadOnlyList<ShellError> errors)
    {
        Text = text;
        Commands = commands;
        Errors = errors;
    }

    /// <summary>The parsed text; every offset in the result is a 0-based UTF-16 offset into it.</summary>
    public string Text { get; }

    /// <summary>
    /// Every simple command in source order, flattened out of lists, pipelines, groups, subshells, command
    /// substitutions, compound commands and <c>sh -c</c> strings, plus the commands that wrappers run.
    /// </summary>
    public IReadOnlyList<ShellCommand> Commands { get; }

    public IReadOnlyList<ShellError> Errors { get; }

    public bool HasErrors => Errors.Count > 0;

    /// <summary>The commands whose <see cref="ShellCommand.Program"/> is one of <paramref name="programs"/>.</summary>
    public IEnumerable<ShellCommand> FindCommands(params string[] programs) => Commands.Where(c => c.Is(programs));
}

/// <summary>
/// A piece of text to parse as a command list: the whole script, the body of a command substitution, or the string
/// of <c>sh -c</c>. Nested pieces are queued rather than parsed recursively, so nesting depth costs no stack.
/// </summary>
internal sealed record ParseJob(
    ShellSource Source,
    int Start,
    int End,
    int Depth,
    bool InSubstitution,
    bool InCondition,
    ShellCommand? WrappedBy);

/// <summary>State shared by all the <see cref="ParseJob"/>s of one <see cref="ShellParser.Parse"/> call.</summary>
internal sealed class ParseSession
{
    /// <summary>
    /// Substitutions nested deeper than this are not parsed. Each level re-reads its body once, so this bounds the
    /// work on input such as 100,000 nested <c>$(</c> to a constant times the input length.
    /// </summary>
    public const int MaxNestingDepth = 16;

    private readonly Queue<ParseJob> _jobs = new();
    private bool _reportedDepth;

    public List<ShellCommand> Commands { get; } = [];

    public ShellErrorCollector Errors { get; } = new();

    public void Schedule(ParseJob job)
    {
        if (job.Depth > MaxNestingDepth)
        {
            if (!_reportedDepth)
            {
                _reportedDepth = true;
                Errors.Report(job.Source.ToRoot(job.Start), $"commands nested more than {MaxNestingDepth} levels deep are not analysed");
            }

            return;
        }

        _jobs.Enqueue(job);
    }

    public bool TryTake(out ParseJob job) => _jobs.TryDequeue(out job!);
}
