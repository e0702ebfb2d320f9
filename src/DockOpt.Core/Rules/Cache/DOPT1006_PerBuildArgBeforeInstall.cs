using System.Text.RegularExpressions;
using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Cache;

/// <summary>
/// A build argument whose value changes with every build (a commit, a build date or number) is declared in a
/// stage before a RUN that installs packages. Every RUN after an ARG sees it in its environment, so a new
/// value invalidates the install's cached layer even though the install does not use it.
/// </summary>
public sealed partial class DOPT1006_PerBuildArgBeforeInstall : Rule
{
    private readonly Dictionary<Stage, List<(string Name, TextSpan Span)>> _pending = new();
    private readonly HashSet<Stage> _afterContextCopy = new();

    public override string Id => RuleIds.PerBuildArgBeforeInstall;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (!instruction.Stage.IsReachable)
        {
            return;
        }

        if (syntax.Kind == InstructionKind.Arg)
        {
            foreach (var pair in syntax.KeyValues.Where(p => IsPerBuild(p.Name)))
            {
                if (!_pending.TryGetValue(instruction.Stage, out var list))
                {
                    _pending[instruction.Stage] = list = new();
                }

                list.Add((pair.Name, pair.Key.Span));
            }

            return;
        }

        // After a copy of the whole context every later RUN runs again on any source edit anyway: the argument adds no cost.
        if (syntax.Kind is InstructionKind.Copy or InstructionKind.Add && ContextCopies.WholeContext(instruction) is not null)
        {
            _afterContextCopy.Add(instruction.Stage);
            return;
        }

        if (syntax.Kind != InstructionKind.Run || !_pending.TryGetValue(instruction.Stage, out var pending) || pending.Count == 0
            || _afterContextCopy.Contains(instruction.Stage) || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var install = script.Commands.FirstOrDefault(c => OsPackages.AsInstall(c) is not null || OsPackages.IsAptUpdate(c) || DependencyInstalls.Classify(c) is not null);
        if (install is null)
        {
            return;
        }

        var line = context.Source.GetLocation(syntax.Span).Line;
        foreach (var (name, span) in pending.ToList())
        {
            // A RUN that reads the argument wants to run again when it changes.
            if (UsesVariable(script.Text.Text, name))
            {
                continue;
            }

            context.Report(span, name, line);
            pending.Remove((name, span));
        }
    }

    /// <summary>Names conventionally given a new value by every CI build: commits, revisions, build dates, times and numbers.</summary>
    public static bool IsPerBuild(string name) => PerBuildName().IsMatch(name);

    private static bool UsesVariable(string text, string name) =>
        Regex.IsMatch(text, @"\$\{?" + Regex.Escape(name) + @"(?![A-Za-z0-9_])");

    [GeneratedRegex(@"^(BUILD_?(DATE|TIME|TIMESTAMP|NUMBER|NUM|ID)|BUILDTIME|BUILDDATE|VCS_REF|(GIT|VCS|SOURCE|CI|CI_COMMIT|GITHUB|BITBUCKET|APP|IMAGE)_?(COMMIT|SHA|REVISION|HASH)(_?(SHA|HASH|ID|SHORT))?|COMMIT(_?(SHA|HASH|ID))?|REVISION|CI_PIPELINE_ID|CI_JOB_ID|GITHUB_RUN_(ID|NUMBER))$", RegexOptions.IgnoreCase)]
    private static partial Regex PerBuildName();
}
