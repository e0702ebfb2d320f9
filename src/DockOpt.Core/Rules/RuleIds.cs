namespace DockOpt.Core.Rules;

/// <summary>
/// Every rule id, born once here and never reused or renumbered. The hundreds digit range says the
/// category: 0xxx tool and syntax, 1xxx cache, 2xxx size, 3xxx security, 4xxx correctness,
/// 5xxx runtime and Cloud Run, 6xxx Python, 7xxx .NET, 8xxx other ecosystems. The seed's rules
/// are here; the catalogue adds its ids in one partial file per category (RuleIds.&lt;Category&gt;.cs).
/// </summary>
public static partial class RuleIds
{
    public const string InternalError = "DOPT0000";
    public const string SyntaxError = "DOPT0001";

    public const string CopyAllBeforeDependencyInstall = "DOPT1001";
    public const string AptUpdateInSeparateRun = "DOPT1002";

    public const string PipCacheNotDisabled = "DOPT2001";
    public const string AptListsNotRemoved = "DOPT2002";
    public const string AptInstallRecommends = "DOPT2003";
    public const string FullSizeBaseImage = "DOPT2004";
    public const string ToolchainInShippedStage = "DOPT2005";
    public const string SecondPythonFromOsPackages = "DOPT2006";

    public const string RunsAsRoot = "DOPT3001";

    public const string UnpinnedBaseImage = "DOPT4001";

    public const string ShellFormCommandWithoutExec = "DOPT5001";

    public const string PythonOnAlpine = "DOPT6001";
}
