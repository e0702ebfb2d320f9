namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string RelativeWorkdir = "DOPT4002";
    public const string SeveralSourcesWithoutDirectoryDestination = "DOPT4003";
    public const string CopyFromUndefinedStage = "DOPT4004";
    public const string CopyFromOwnStage = "DOPT4005";
    public const string DuplicateStageName = "DOPT4006";
    public const string ReservedStageName = "DOPT4007";
    public const string InstructionOverriddenInStage = "DOPT4008";
    public const string UndefinedArgInFrom = "DOPT4009";
    public const string InvalidBaseImageWithDefaults = "DOPT4010";
    public const string EnvReferencesItsOwnPair = "DOPT4011";
    public const string InvalidExposedPort = "DOPT4012";
    public const string UseraddHighUidWithoutNoLogInit = "DOPT4013";
    public const string GlobalArgNotInScope = "DOPT4014";
    public const string ConstantFromPlatform = "DOPT4015";
    public const string PackageManagerWaitsForConfirmation = "DOPT4016";
    public const string AptInsteadOfAptGet = "DOPT4017";
    public const string ShellReplacedBySymlink = "DOPT4018";
    public const string DownloadPipedWithoutPipefail = "DOPT4019";
    public const string RunOnlyChangesDirectory = "DOPT4020";
    public const string CopyOfWholeFilesystem = "DOPT4021";
    public const string InvalidBaseImageReference = "DOPT4022";
    public const string FlagWithTypographicDash = "DOPT4023";
}
