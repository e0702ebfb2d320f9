using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// A <c>dotnet publish</c> whose runtime identifier cannot run in the image it ships in: a Windows
/// or macOS RID in a Linux image, a self-contained glibc build (<c>linux-x64</c>) on Alpine, or a
/// musl build (<c>linux-musl-x64</c>) on a glibc image. With the project known, a publish that passes
/// no RID inherits the project's <c>RuntimeIdentifier</c>, and is judged with it.
/// </summary>
public sealed class DOPT7008_RuntimeIdentifierMismatch : Rule
{
    private readonly List<(Stage Stage, DotNetPublish Publish, RunScript Script)> _publishes = new();

    public override string Id => RuleIds.RuntimeIdentifierMismatch;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var publish in script.Commands.Select(DotNetPublish.Read).Where(p => p is { Verb: "publish" }))
        {
            _publishes.Add((instruction.Stage, publish!, script));
        }
    }

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final?.RootImage is not { } image || _publishes.Count == 0 || DotNetImages.Read(image) is { IsWindows: true } || IsWindowsImage(image))
        {
            return;
        }

        var alpine = image.Tag?.HasVariant("alpine") == true || image.Name.Equals("alpine", StringComparison.OrdinalIgnoreCase);
        var project = context.Options.Project;
        foreach (var (stage, publish, script) in _publishes)
        {
            if (!stage.IsReachable)
            {
                continue;
            }

            var fromProject = publish.Runtime is null && !publish.SetsTarget ? project?.RuntimeIdentifier : null;
            var rid = publish.Runtime ?? fromProject;
            if (rid is null || rid.Contains('$'))
            {
                continue;
            }

            var os = DotNetPublish.OperatingSystemOf(rid);
            var carries = publish.CarriesRuntime ?? (project is not null && (project.SelfContained == true || project.PublishAot == true) ? true : null);
            string? problem = null;
            if (os.StartsWith("win", StringComparison.Ordinal) || os.StartsWith("osx", StringComparison.Ordinal) || os.StartsWith("maccatalyst", StringComparison.Ordinal))
            {
                problem = $"{rid} builds for {(os.StartsWith("win", StringComparison.Ordinal) ? "Windows" : "macOS")}, but the image runs Linux";
            }
            else if (carries == true && alpine && os == "linux")
            {
                problem = $"a self-contained {rid} build needs glibc, but {image.Text} is Alpine (musl): use linux-musl-{rid[(rid.LastIndexOf('-') + 1)..]}";
            }
            else if (carries == true && !alpine && os == "linux-musl" && DotNetImages.Read(image) is not null)
            {
                problem = $"a self-contained {rid} build needs musl, but {image.Text} is a glibc image";
            }

            if (problem is null)
            {
                continue;
            }

            TextSpan span = publish.RuntimeWord is { } word ? script.SpanOf(word) : script.SpanOf(publish.Command.Words[0]).Union(script.SpanOf(publish.Command.Arguments[0]));
            var origin = fromProject is null ? string.Empty : " (the project's RuntimeIdentifier, which the publish inherits)";
            context.Report(span, rid + origin, problem);
        }
    }

    private static bool IsWindowsImage(ImageReference image) =>
        image.Repository.Contains("windows", StringComparison.OrdinalIgnoreCase) || image.Repository.Contains("framework", StringComparison.OrdinalIgnoreCase)
        || image.Tag?.Text.Contains("servercore", StringComparison.OrdinalIgnoreCase) == true || image.Tag?.Text.Contains("nanoserver", StringComparison.OrdinalIgnoreCase) == true;
}
