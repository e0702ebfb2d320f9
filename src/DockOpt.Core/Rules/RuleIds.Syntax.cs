namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string StageNameCasing = "DOPT0002";
    public const string FromAsCasing = "DOPT0003";
    public const string EmptyContinuationLine = "DOPT0004";
    public const string InconsistentInstructionCasing = "DOPT0005";
    public const string LegacyKeyValueFormat = "DOPT0006";
    public const string MaintainerDeprecated = "DOPT0007";
    public const string ExposeProtocolCasing = "DOPT0008";
    public const string RedundantTargetPlatform = "DOPT0009";
    public const string ExposeWithHostMapping = "DOPT0010";
}
