namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string ServerPortIgnoresPortVariable = "DOPT5002";
    public const string ServerListensOnLoopback = "DOPT5003";
    public const string HealthcheckIgnoredOnCloudRun = "DOPT5004";
    public const string EntrypointScriptWithoutExec = "DOPT5005";
    public const string InvalidStopSignal = "DOPT5006";
    public const string VariableInExecForm = "DOPT5007";
}
