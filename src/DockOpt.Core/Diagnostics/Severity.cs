namespace DockOpt.Core.Diagnostics;

/// <summary>How serious a finding is. Ordered: a higher value is more serious.</summary>
public enum Severity
{
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        _ => "none",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
                severity = Severity.Warning;
                return true;
            case "info":
            case "suggestion":
                severity = Severity.Info;
                return true;
            case "none":
            case "silent":
                severity = Severity.None;
                return true;
            default:
                severity = Severity.None;
                return false;
        }
    }
}
