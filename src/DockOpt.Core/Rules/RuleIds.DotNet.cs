namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string DotNetSdkImageShips = "DOPT7001";
    public const string AspNetCorePortPinned = "DOPT7002";
    public const string DotNetAppUserCreatedAgain = "DOPT7003";
    public const string SelfContainedAppOnRuntimeImage = "DOPT7004";
    public const string DotNetImageVersionMismatch = "DOPT7005";
    public const string EntrypointAssemblyMismatch = "DOPT7006";
    public const string BuildOutputCopied = "DOPT7007";
    public const string RuntimeIdentifierMismatch = "DOPT7008";
}
