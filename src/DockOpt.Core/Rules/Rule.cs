using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules;

/// <summary>
/// A check. The engine walks every instruction once, in file order, and calls <see cref="Visit"/>;
/// a rule that needs the whole file keeps facts and decides in <see cref="Finish"/> instead of
/// looking ahead. A new instance analyses each file, so a rule's fields are that file's facts.
/// </summary>
public abstract class Rule
{
    /// <summary>The rule's id, one of <see cref="RuleIds"/>.</summary>
    public abstract string Id { get; }

    public RuleMetadata Metadata => RuleCatalog.Get(Id);

    /// <summary>Called once for each instruction inside a stage (FROM lines included are not: see <see cref="VisitStage"/>).</summary>
    public virtual void Visit(InstructionContext instruction, RuleContext context)
    {
    }

    /// <summary>Called at each FROM, before the stage's instructions.</summary>
    public virtual void VisitStage(Stage stage, RuleContext context)
    {
    }

    /// <summary>Called after the last instruction.</summary>
    public virtual void Finish(RuleContext context)
    {
    }
}
