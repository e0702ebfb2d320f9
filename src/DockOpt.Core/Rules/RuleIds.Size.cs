namespace DockOpt.Core.Rules;

public static partial class RuleIds
{
    public const string FileDeletedInLaterLayer = "DOPT2007";
    public const string RecursiveChownAfterCopy = "DOPT2008";
    public const string ContextCopiedWithoutDockerignore = "DOPT2009";
    public const string ApkCacheLeft = "DOPT2010";
    public const string DnfCacheNotCleaned = "DOPT2011";
    public const string ZypperCacheNotCleaned = "DOPT2012";
    public const string NpmCacheLeft = "DOPT2013";
    public const string YarnCacheLeft = "DOPT2014";
    public const string GemDocumentationInstalled = "DOPT2015";
    public const string ArchiveUnpackedInLaterLayer = "DOPT2016";
    public const string PythonToolCacheLeft = "DOPT2017";
}
