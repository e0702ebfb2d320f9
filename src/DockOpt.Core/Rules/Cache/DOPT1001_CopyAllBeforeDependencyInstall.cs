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
                && _installedBeforeCopy.TryGetValue(source, out var installedThere)
                && CopiesInstalledDependencies(syntax, instruction))
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
            else if (!installed.Contains(install.Ecosystem) && !HasCacheMountFor(script, install.Ecosystem) && _reported.Add(_copyAll.Value.Copy))
            {
                var copyText = context.Source[_copyAll.Value.Span];
                var commandText = script.Text.Text[command.Start..command.End];
                var fix = ManifestFirstFix.Create(_copyAll.Value.Copy, _copyAllContext!, script, install, context);
                context.Report(_copyAll.Value.Span, fix, copyText, Shorten(commandText), string.Join(" and ", install.Manifests));
            }
        }
    }

    /// <summary>Folders where installed dependencies live, as builders hand them on (a virtualenv, a pip prefix, node_modules...).</summary>
    private static readonly HashSet<string> DependencyFolders = new(StringComparer.Ordinal)
    {
        ".venv", "venv", "site-packages", "dist-packages", "install", "node_modules", "vendor", "bundle", ".m2", "deps",
    };

    /// <summary>True when a COPY --from brings dependencies in: a source path runs through one of <see cref="DependencyFolders"/>.</summary>
    private static bool CopiesInstalledDependencies(InstructionSyntax copy, InstructionContext context)
    {
        var words = copy.Form == CommandForm.Exec ? copy.ExecArguments : copy.Words;
        return words.Take(words.Count - 1).Any(w => context.Expand(w).Value.Split('/').Any(DependencyFolders.Contains));
    }

    /// <summary>Where each ecosystem keeps what a cache mount must hold for a re-run of its install to be cheap.</summary>
    private static readonly Dictionary<string, string[]> CacheFolders = new(StringComparer.Ordinal)
    {
        ["pip"] = [".cache/pip", ".cache"], ["pipenv"] = [".cache/pip", ".cache/pipenv", ".cache"], ["poetry"] = [".cache/pypoetry", ".cache"],
        ["uv"] = [".cache/uv", ".cache"], ["npm"] = [".npm"], ["yarn"] = [".cache/yarn", "share/.cache/yarn", ".yarn"],
        ["pnpm"] = ["pnpm/store", ".pnpm-store", "pnpm"], ["dotnet"] = [".nuget/packages", ".nuget"], ["go"] = ["pkg/mod", ".cache/go-build"],
        ["bundler"] = ["bundle", ".gem"], ["composer"] = ["composer", ".composer"], ["maven"] = [".m2"], ["gradle"] = [".gradle"],
        ["cargo"] = ["cargo/registry", ".cargo/registry", "cargo/git", "target"],
    };

    /// <summary>True when a cache mount of the RUN holds the ecosystem's downloads (pip's cache, ~/.npm, ~/.nuget/packages...).</summary>
    private static bool HasCacheMountFor(RunScript script, string ecosystem) =>
        CacheFolders.TryGetValue(ecosystem, out var folders)
        && script.Mounts.Any(m => m.Type == "cache" && m.Target is { } target
            && folders.Any(f => target.TrimEnd('/').EndsWith("/" + f, StringComparison.Ordinal) || target.TrimEnd('/') == f));

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
