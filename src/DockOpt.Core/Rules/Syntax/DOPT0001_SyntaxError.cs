namespace DockOpt.Core.Rules.Syntax;

/// <summary>Stands for the parser's errors; the engine reports them as this rule.</summary>
public sealed class DOPT0001_SyntaxError : Rule
{
    public override string Id => RuleIds.SyntaxError;
}
