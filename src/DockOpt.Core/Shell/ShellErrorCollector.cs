namespace DockOpt.Core.Shell;

/// <summary>
/// Collects <see cref="ShellError"/>s for one parse. Errors are de-duplicated (a substitution body is scanned again
/// when its commands are parsed, and would report the same unterminated quote twice) and capped, so that adversarial
/// input such as 100,000 unclosed parentheses yields a readable list rather than 100,000 entries.
/// </summary>
internal sealed class ShellErrorCollector
{
    public const int MaxErrors = 100;

    private readonly List<ShellError> _errors = [];
    private readonly HashSet<ShellError> _seen = [];
    private bool _truncated;

    public void Report(int offset, string message)
    {
        if (_errors.Count >= MaxErrors)
        {
            if (!_truncated)
            {
                _truncated = true;
                _errors.Add(new ShellError(offset, "too many errors; further errors are not reported"));
            }

            return;
        }

        var error = new ShellError(offset, message);
        if (_seen.Add(error))
        {
            _errors.Add(error);
        }
    }

    public IReadOnlyList<ShellError> ToSortedList() => _errors.OrderBy(e => e.Offset).ToArray();
}
