using DockOpt.Core.Rules.Cache;
using DockOpt.Core.Rules.Correctness;
using DockOpt.Core.Rules.Python;
using DockOpt.Core.Rules.Runtime;
using DockOpt.Core.Rules.Security;
using DockOpt.Core.Rules.Size;
using DockOpt.Core.Rules.Syntax;

namespace DockOpt.Core.Rules;

/// <summary>The one place that maps rule ids to rule classes. Each analysis gets fresh instances.</summary>
public static class RuleRegistry
{
    private static readonly Func<Rule>[] Factories =
    [
        () => new DOPT0000_InternalAnalysisError(),
        () => new DOPT0001_SyntaxError(),
        () => new DOPT1001_CopyAllBeforeDependencyInstall(),
        () => new DOPT1002_AptUpdateInSeparateRun(),
        () => new DOPT2001_PipCacheNotDisabled(),
        () => new DOPT2002_AptListsNotRemoved(),
        () => new DOPT2003_AptInstallRecommends(),
        () => new DOPT2004_FullSizeBaseImage(),
        () => new DOPT2005_ToolchainInShippedStage(),
        () => new DOPT2006_SecondPythonFromOsPackages(),
        () => new DOPT3001_RunsAsRoot(),
        () => new DOPT4001_UnpinnedBaseImage(),
        () => new DOPT5001_ShellFormCommandWithoutExec(),
        () => new DOPT6001_PythonOnAlpine(),
    ];

    public static IReadOnlyList<Rule> Create() => Factories.Select(f => f()).ToArray();
}
