namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string PythonUnbufferedNotSet = "DOPT6002";
    public const string PythonDevelopmentServer = "DOPT6003";
    public const string FlaskDebugEnabled = "DOPT6004";
    public const string VirtualenvNotOnPath = "DOPT6005";
    public const string VirtualenvCopiedFromContext = "DOPT6006";
    public const string PipUserInstallUnreachable = "DOPT6007";
    public const string PipPackageUnpinned = "DOPT6008";
}
