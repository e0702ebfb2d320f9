using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// With the project known: a <c>dotnet/sdk</c> image older than the project's newest target framework
/// (it cannot build it), or a <c>dotnet/aspnet</c> or <c>dotnet/runtime</c> image in a stage that
/// ships whose major version matches none of the target frameworks (the app does not start: .NET
/// does not roll forward to another major version by default). A newer SDK building an older target
/// is fine; tags without a version (<c>latest</c>) and runtime-deps are not judged.
/// </summary>
public sealed class DOPT7005_DotNetImageVersionMismatch : Rule
{
    public override string Id => RuleIds.DotNetImageVersionMismatch;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        if (context.Options.Project is not { } project || DotNetImages.Read(stage.BaseImage) is not { Major: { } major } image)
        {
            return;
        }

        var targets = project.TargetFrameworks
            .Select(t => (Name: t, Version: DotNetImages.VersionOf(t)))
            .Where(t => t.Version is not null)
            .Select(t => (t.Name, Version: t.Version!.Value))
            .ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var word = stage.From.Words[0];
        var minor = image.Minor ?? 0;
        switch (image.Kind)
        {
            case DotNetImageKind.Sdk:
                var newest = targets.MaxBy(t => (t.Version.Major, t.Version.Minor));
                if ((major, minor).CompareTo((newest.Version.Major, newest.Version.Minor)) < 0)
                {
                    context.Report(word.Span, image.Image.Text, $"the .NET {image.VersionText} SDK cannot build {newest.Name}");
                }

                break;
            case DotNetImageKind.AspNet or DotNetImageKind.Runtime when stage.Ships:
                if (!targets.Any(t => t.Version.Major == major))
                {
                    var names = string.Join(", ", targets.Select(t => t.Name));
                    context.Report(word.Span, image.Image.Text, $"an app built for {names} does not start on the .NET {image.VersionText} runtime");
                }

                break;
        }
    }
}
