using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// The produced image runs <c>java</c> on a full JDK image — an eclipse-temurin JDK tag, or a maven or gradle
/// image — and nothing in its stages compiles Java: a JRE image runs the same application at about half the
/// size. Stages that run javac, jlink, jpackage, Maven or Gradle are not reported.
/// </summary>
public sealed class DOPT8008_JdkShippedWhereJreFits : Rule
{
    private static readonly HashSet<string> JdkTools = new(StringComparer.Ordinal)
    {
        "javac", "jlink", "jpackage", "jar", "mvn", "mvnw", "gradle", "gradlew", "jshell", "native-image",
    };

    private bool _compiles;

    public override string Id => RuleIds.JdkShippedWhereJreFits;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Stage.Ships && instruction.Instruction.Kind == InstructionKind.Run && context.GetScript(instruction) is { } script)
        {
            _compiles |= script.Commands.Any(c => JdkTools.Contains(c.Program));
        }
    }

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (_compiles || final is null || final.RootImage is not { IsOfficialDockerHubImage: true } root
            || ImageCommand.OfFinalImage(context.Model) is not { } image
            || !image.Commands.Any(c => ImageCommand.Launched(c) is { Count: > 0 } words && ProgramNames.Basename(words[0].Value) == "java"))
        {
            return;
        }

        var rootStage = final;
        while (rootStage.BaseStage is not null)
        {
            rootStage = rootStage.BaseStage;
        }

        var word = rootStage.From.Words[0];
        if (root.Name == "eclipse-temurin" && root.Tag is { VersionText: not null } tag && !tag.VariantParts.Contains("jre") && !root.HasDigest)
        {
            var parts = tag.VariantParts.ToList();
            var jdk = parts.IndexOf("jdk");
            if (jdk >= 0)
            {
                parts[jdk] = "jre";
            }
            else
            {
                parts.Insert(0, "jre");
            }

            var suggested = $"{root.Repository}:{tag.VersionText}-{string.Join('-', parts)}";
            var fix = word.Raw == word.Value && word.Value == root.Text
                ? Fix.Unsafe($"Use {suggested}", new TextEdit(word.Span, suggested))
                : null;
            context.Report(word.Span, fix, root.Text, suggested);
        }
        else if (root.Name is "maven" or "gradle")
        {
            context.Report(word.Span, root.Text, "an eclipse-temurin JRE image (eclipse-temurin:<version>-jre)");
        }
    }
}
