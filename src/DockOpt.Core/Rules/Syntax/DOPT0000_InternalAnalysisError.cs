namespace DockOpt.Core.Rules.Syntax;

/// <summary>Stands for crashes inside the analysis; the engine reports it, never a rule's own code.</summary>
public sealed class DOPT0000_InternalAnalysisError : Rule
{
    public override string Id => RuleIds.InternalError;
}
