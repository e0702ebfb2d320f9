namespace DockOpt.MSBuild.Findings;

/// <summary>How one finding is logged.</summary>
internal enum LogAs
{
    /// <summary>Listed in NoWarn: a low-importance message only.</summary>
    Suppressed,

    /// <summary>An info finding: a message with code and location.</summary>
    Message,

    Warning,

    Error,
}

/// <summary>
/// The project's warning switches applied to dockopt's findings, as the C# compiler applies them to
/// its own: <c>NoWarn</c> silences a warning (never an error); <c>WarningsNotAsErrors</c> keeps a warning
/// a warning; <c>WarningsAsErrors</c> and <c>TreatWarningsAsErrors</c> make it an error. MSBuild's engine
/// only maps NoWarn and WarningsAsErrors for logged warnings, and not in every MSBuild version, so the
/// task decides itself and the result is the same everywhere. <c>DOPT0000</c> (dockopt itself failed) is
/// made an error only when listed in WarningsAsErrors by name: a crash must not fail a build by accident.
/// </summary>
internal sealed class WarningPolicy
{
    internal const string InternalErrorId = "DOPT0000";

    private readonly HashSet<string> _noWarn;
    private readonly HashSet<string> _warningsAsErrors;
    private readonly HashSet<string> _warningsNotAsErrors;
    private readonly bool _treatWarningsAsErrors;

    public WarningPolicy(string? noWarn, string? warningsAsErrors, string? warningsNotAsErrors, string? treatWarningsAsErrors)
    {
        _noWarn = ParseList(noWarn);
        _warningsAsErrors = ParseList(warningsAsErrors);
        _warningsNotAsErrors = ParseList(warningsNotAsErrors);
        _treatWarningsAsErrors = string.Equals(treatWarningsAsErrors?.Trim(), "true", StringComparison.OrdinalIgnoreCase);
    }

    public LogAs Decide(string id, string severity)
    {
        if (string.Equals(severity, "error", StringComparison.OrdinalIgnoreCase))
        {
            return LogAs.Error;
        }

        if (_noWarn.Contains(id))
        {
            return LogAs.Suppressed;
        }

        if (string.Equals(severity, "info", StringComparison.OrdinalIgnoreCase))
        {
            return LogAs.Message;
        }

        if (_warningsNotAsErrors.Contains(id))
        {
            return LogAs.Warning;
        }

        if (_warningsAsErrors.Contains(id))
        {
            return LogAs.Error;
        }

        return _treatWarningsAsErrors && id != InternalErrorId ? LogAs.Error : LogAs.Warning;
    }

    /// <summary>MSBuild lists: separated by semicolons or commas, with spaces and empty entries ignored.</summary>
    internal static HashSet<string> ParseList(string? value)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in (value ?? string.Empty).Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = part.Trim();
            if (trimmed.Length > 0)
            {
                set.Add(trimmed);
            }
        }

        return set;
    }
}
