namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string UnknownIdInSuppression = "DOPT0011";
}
