namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string CacheMountSuggested = "DOPT1003";
    public const string CacheMountDefeated = "DOPT1004";
    public const string OsPackagesInstalledAfterSourceCopy = "DOPT1005";
    public const string PerBuildArgBeforeInstall = "DOPT1006";
    public const string AddWhereCopyFits = "DOPT1007";
}
