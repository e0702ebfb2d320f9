namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string NpmInstallWhereCiFits = "DOPT8001";
    public const string LockfileNotEnforced = "DOPT8002";
    public const string NodeDevDependenciesShipped = "DOPT8003";
    public const string NodeEnvNotProduction = "DOPT8004";
    public const string NodeDevelopmentServer = "DOPT8005";
    public const string GoToolchainShipped = "DOPT8006";
    public const string RustToolchainShipped = "DOPT8007";
    public const string JdkShippedWhereJreFits = "DOPT8008";
    public const string CgoBinaryOnStaticBase = "DOPT8009";
    public const string BundlerDevelopmentGroupsShipped = "DOPT8010";
    public const string ComposerDevDependenciesShipped = "DOPT8011";
    public const string NodeModulesCopiedFromContext = "DOPT8012";
}
