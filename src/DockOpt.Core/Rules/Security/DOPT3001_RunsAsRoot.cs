using DockOpt.Core.Analysis;
using DockOpt.Core.Knowledge;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// The produced image runs as root: its stages set no USER (and the base image is not known to set
/// a non-root one), or the last USER is root or 0. Builder stages may run as root.
/// </summary>
public sealed class DOPT3001_RunsAsRoot : Rule
{
    private InstructionContext? _lastUser;

    public override string Id => RuleIds.RunsAsRoot;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Stage.Ships && instruction.Instruction.Kind == InstructionKind.User)
        {
            _lastUser = instruction;
        }
    }

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null || final.IsScratch && final.BaseStage is null || ImageIntent.IsDevelopmentImage(context.Model))
        {
            // A scratch image has no /etc/passwd; root there is the binary's business (and there is nothing else to run as).
            return;
        }

        if (_lastUser is not null)
        {
            var word = _lastUser.Instruction.Words.FirstOrDefault();
            var expanded = word is null ? null : _lastUser.Expand(word);
            if (expanded is { IsFullyResolved: true } && IsRoot(expanded.Value))
            {
                context.Report(word!.Span, "the last USER is " + expanded.Value);
            }

            return;
        }

        var root = final.RootImage;
        if (final.HasUnresolvedBase || root is null || RootStageUnresolved(final) || BaseImageKnowledge.KnownNonRoot(root) is not null)
        {
            return;
        }

        var from = final.From;
        context.Report(new Text.TextSpan(from.KeywordSpan.Start, from.Words.Count > 0 ? from.Words[0].Span.End : from.KeywordSpan.End), "no USER is set");
    }

    private static bool RootStageUnresolved(Stage stage)
    {
        for (var s = stage; s is not null; s = s.BaseStage)
        {
            if (s.HasUnresolvedBase)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>root, 0, and the same with a group (<c>root:root</c>, <c>0:0</c>).</summary>
    public static bool IsRoot(string user)
    {
        var name = user.Split(':')[0].Trim();
        return name is "root" or "0";
    }
}
