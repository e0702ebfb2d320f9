using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// The whole build context is copied before a dependency install in the same stage, so every
/// source edit invalidates the install's layer. An ecosystem whose dependencies were already
/// installed earlier in the stage (manifest copied first) is not reported again.
/// </summary>
public sealed class DOPT1001_CopyAllBeforeDependencyInstall : Rule
{
    private static readonly HashSet<string> WholeContextSources = new(StringComparer.Ordinal) { ".", "./", "*", "./*", ".\\" };

    private readonly HashSet<string> _installedBeforeCopy = new(StringComparer.Ordinal);
    private readonly HashSet<InstructionSyntax> _reported = new();
    private (InstructionSyntax Copy, TextSpan Span)? _copyAll;
    private InstructionContext? _copyAllContext;

    public override string Id => RuleIds.CopyAllBeforeDependencyInstall;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _installedBeforeCopy.Clear();
        _copyAll = null;
        _copyAllContext = null;
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is InstructionKind.Copy or InstructionKind.Add)
        {
            if (_copyAll is null && CopiesWholeContext(syntax, instruction) is { } span)
            {
                _copyAll = (syntax, span);
                _copyAllContext = instruction;
            }

            return;
        }

        if (syntax.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (DependencyInstalls.Classify(command) is not { } install)
            {
                continue;
            }

            if (_copyAll is null)
            {
                _installedBeforeCopy.Add(install.Ecosystem);
            }
            else if (!_installedBeforeCopy.Contains(install.Ecosystem) && _reported.Add(_copyAll.Value.Copy))
            {
                var copyText = context.Source[_copyAll.Value.Span];
                var commandText = script.Text.Text[command.Start..command.End];
                var fix = ManifestFirstFix.Create(_copyAll.Value.Copy, _copyAllContext!, script, install, context);
                context.Report(_copyAll.Value.Span, fix, copyText, Shorten(commandText), string.Join(" and ", install.Manifests));
            }
        }
    }

    /// <summary>The span from the keyword to the source that names the whole context, or null.</summary>
    private static TextSpan? CopiesWholeContext(InstructionSyntax copy, InstructionContext context)
    {
        if (copy.HasFlag("from") || copy.Heredocs.Count > 0)
        {
            return null;
        }

        var words = copy.Form == CommandForm.Exec ? copy.ExecArguments : copy.Words;
        for (var i = 0; i < words.Count - 1; i++)
        {
            if (WholeContextSources.Contains(context.Expand(words[i]).Value))
            {
                return new TextSpan(copy.KeywordSpan.Start, words[i].Span.End);
            }
        }

        return null;
    }

    private static string Shorten(string text)
    {
        text = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
