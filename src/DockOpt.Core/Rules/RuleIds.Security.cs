namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string SudoInRun = "DOPT3002";
    public const string RemoteScriptPipedToShell = "DOPT3003";
    public const string AddUrlWithoutChecksum = "DOPT3004";
    public const string WorldWritablePermissions = "DOPT3005";
    public const string SecretInArgOrEnv = "DOPT3006";
    public const string CredentialFileCopied = "DOPT3007";
    public const string TlsVerificationDisabled = "DOPT3008";
    public const string PackageSignatureCheckDisabled = "DOPT3009";
    public const string SshPortExposed = "DOPT3010";
    public const string PasswordSetInBuild = "DOPT3011";
}
