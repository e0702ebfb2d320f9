namespace DockOpt.Cli;

/// <summary>What the process's exit code says (DESIGN.md §4).</summary>
public static class ExitCodes
{
    /// <summary>Nothing at or above the fail level.</summary>
    public const int Success = 0;

    /// <summary>Findings at or above the fail level, or for <c>fix --check</c>, something to fix.</summary>
    public const int Findings = 1;

    /// <summary>Bad usage, a bad configuration, or a file that could not be read or written.</summary>
    public const int UsageOrIoError = 2;
}
