using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// The whole build context is copied before a dependency install in the same stage, so every
/// source edit invalidates the install's layer. Not reported for an ecosystem whose dependencies were
/// already installed before the copy: earlier in the stage, in the stage it is built on, or in a stage
/// whose files it copies in with <c>COPY --from</c> before the copy (uv's and Poetry's builder pattern);
/// nor for an install whose RUN has a cache mount, which keeps the downloads and builds across edits.
/// </summary>
public sealed class DOPT1001_CopyAllBeforeDependencyInstall : Rule
{
    private static readonly HashSet<string> WholeContextSources = new(StringComparer.Ordinal) { ".", "./", "*", "./*", ".\\" };

    // Per stage: the ecosystems whose dependencies were installed before any copy of the whole context.
    private readonly Dictionary<Stage, HashSet<string>> _installedBeforeCopy = new();
    private readonly HashSet<InstructionSyntax> _reported = new();
    private (InstructionSyntax Copy, TextSpan Span)? _copyAll;
    private InstructionContext? _copyAllContext;

    public override string Id => RuleIds.CopyAllBeforeDependencyInstall;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _installedBeforeCopy[stage] = stage.BaseStage is not null && _installedBeforeCopy.TryGetValue(stage.BaseStage, out var inherited)
            ? new HashSet<string>(inherited, StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        _copyAll = null;
        _copyAllContext = null;
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        var installed = _installedBeforeCopy[instruction.Stage];
        if (syntax.Kind is InstructionKind.Copy or InstructionKind.Add)
        {
            if (_copyAll is null && syntax.GetFlag("from")?.Value is { } from
                && context.Model.FindStage(instruction.Expand(from).Value, instruction.Stage.Index) is { } source
                && _installedBeforeCopy.TryGetValue(source, out var installedThere))
            {
                // Dependencies installed from the manifest in another stage and copied in (a virtualenv, a prefix).
                installed.UnionWith(installedThere);
            }

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
                installed.Add(install.Ecosystem);
            }
            else if (!installed.Contains(install.Ecosystem) && !script.Mounts.Any(m => m.Type == "cache") && _reported.Add(_copyAll.Value.Copy))
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
