using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// COPY or ADD from the build context of a .NET project's intermediate or debug output: an
/// <c>obj</c> folder (restore results with the host's paths, which break a restore or build in the
/// container), <c>bin/Debug</c>, or the whole <c>bin</c> folder. Copying a Release publish folder
/// (<c>bin/Release/net8.0/publish/</c>, or a <c>publish</c> folder under <c>obj</c> such as Visual Studio's old
/// <c>obj/Docker/publish</c>) is the usual way to ship a pre-built app and is fine. Runs
/// when the project is known or the file uses a .NET image.
/// </summary>
public sealed class DOPT7007_BuildOutputCopied : Rule
{
    public override string Id => RuleIds.BuildOutputCopied;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is not (InstructionKind.Copy or InstructionKind.Add) || syntax.HasFlag("from")
            || (context.Options.Project is null && !context.Model.Stages.Any(s => DotNetImages.Read(s.BaseImage) is not null)))
        {
            return;
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        foreach (var word in words.Take(words.Count - 1))
        {
            var source = syntax.Form == CommandForm.Exec ? word.Value : instruction.Expand(word).Value;
            if (Describe(source) is { } what)
            {
                context.Report(word.Span, source, what);
            }
        }
    }

    private static string? Describe(string source)
    {
        var segments = source.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => s != ".").ToList();
        var obj = segments.FindIndex(s => s.Equals("obj", StringComparison.OrdinalIgnoreCase));

        // A publish folder that a build script or an old Visual Studio template put under obj
        // (obj/Docker/publish, obj/build-output/publish) holds a published app, not restore results.
        if (obj >= 0 && !segments.Skip(obj + 1).Any(s => s.Equals("publish", StringComparison.OrdinalIgnoreCase)))
        {
            return "intermediate build output (obj), whose restore results point at the host's paths";
        }

        var bin = segments.FindIndex(s => s.Equals("bin", StringComparison.OrdinalIgnoreCase));
        if (bin < 0)
        {
            return null;
        }

        if (bin + 1 < segments.Count && segments[bin + 1].Equals("Debug", StringComparison.OrdinalIgnoreCase))
        {
            return "a Debug build";
        }

        return bin == segments.Count - 1 ? "the whole bin folder, every configuration and framework in it" : null;
    }
}
