using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// A self-contained or native AOT publish (<c>--self-contained</c>, <c>-p:SelfContained=true</c>,
/// <c>-p:PublishAot=true</c>, or the project's own settings when it is known) copied into a final
/// image built on <c>dotnet/aspnet</c> or <c>dotnet/runtime</c>. Such an app carries its runtime, so
/// the image ships .NET twice; <c>dotnet/runtime-deps</c> has only the native libraries it needs.
/// </summary>
public sealed class DOPT7004_SelfContainedAppOnRuntimeImage : Rule
{
    private readonly HashSet<Stage> _selfContained = new();

    public override string Id => RuleIds.SelfContainedAppOnRuntimeImage;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var project = context.Options.Project;
        foreach (var publish in script.Commands.Select(DotNetPublish.Read).Where(p => p is { Verb: "publish" }))
        {
            var carries = publish!.CarriesRuntime ?? (project is not null && (project.PublishAot == true || project.SelfContained == true) ? true : null);
            if (carries == true)
            {
                _selfContained.Add(instruction.Stage);
            }
        }
    }

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null || _selfContained.Count == 0
            || DotNetImages.Read(final.RootImage) is not { Kind: DotNetImageKind.AspNet or DotNetImageKind.Runtime } image)
        {
            return;
        }

        var sources = Sources(final);
        if (!_selfContained.Any(sources.Contains) || _selfContained.Contains(final))
        {
            return;
        }

        var root = final;
        while (root.BaseStage is not null)
        {
            root = root.BaseStage;
        }

        var suggestion = $"{image.Image.Registry}/{image.Image.Repository[..image.Image.Repository.LastIndexOf('/')]}/runtime-deps" + (image.Image.Tag is null ? string.Empty : ":" + image.Image.Tag.Text);
        context.Report(root.From.Words[0].Span, image.Image.Text, suggestion);
    }

    /// <summary>The stages the final image takes files from, directly or through the stages it is built on.</summary>
    private static HashSet<Stage> Sources(Stage final)
    {
        var seen = new HashSet<Stage>();
        var pending = new Stack<Stage>();
        for (var s = final; s is not null; s = s.BaseStage)
        {
            foreach (var copied in s.CopiedFrom)
            {
                pending.Push(copied);
            }
        }

        while (pending.Count > 0)
        {
            var stage = pending.Pop();
            if (!seen.Add(stage))
            {
                continue;
            }

            if (stage.BaseStage is not null)
            {
                pending.Push(stage.BaseStage);
            }
        }

        return seen;
    }
}
