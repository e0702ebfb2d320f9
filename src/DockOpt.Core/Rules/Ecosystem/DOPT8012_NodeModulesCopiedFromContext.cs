using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// COPY or ADD takes a <c>node_modules</c> folder from the build context. It was installed on the host: native
/// addons are built for the host's system and C library, and nothing checks it against the lock file. Copying
/// node_modules from another stage (<c>COPY --from</c>) is the right way and is not reported.
/// </summary>
public sealed class DOPT8012_NodeModulesCopiedFromContext : Rule
{
    public override string Id => RuleIds.NodeModulesCopiedFromContext;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        foreach (var (word, source) in ContextCopies.ResolvedSources(instruction))
        {
            if (ImagePaths.FileName(source) == "node_modules")
            {
                context.Report(word.Span, source);
            }
        }
    }
}
