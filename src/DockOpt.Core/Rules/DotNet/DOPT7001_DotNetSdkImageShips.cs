using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// The produced image is built on the .NET SDK image and starts an app (<c>dotnet App.dll</c>,
/// <c>dotnet run</c>, <c>./App</c>): the compilers, MSBuild, NuGet and the SDK's tools ship with it.
/// Test and development images (<c>dotnet test</c>, <c>dotnet watch</c>), images that start a shell or an
/// SDK tool (CI and tool images), and SDK images without CMD or ENTRYPOINT are not reported.
/// </summary>
public sealed class DOPT7001_DotNetSdkImageShips : Rule
{
    private readonly ImageStartTracker _start = new();

    public override string Id => RuleIds.DotNetSdkImageShips;

    public override void Visit(InstructionContext instruction, RuleContext context) => _start.Visit(instruction);

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (final is null || DotNetImages.Read(final.RootImage) is not { Kind: DotNetImageKind.Sdk } sdk || _start.Resolve() is not { } start)
        {
            return;
        }

        var commands = start.Commands.Select(c => c.Command).ToList();
        if (!commands.Any(StartsAnApp) || commands.Any(c => c.Program == "dotnet" && c.Arguments.Count > 0 && c.Arguments[0].Value is "test" or "watch" or "vstest"))
        {
            return;
        }

        var root = final;
        while (root.BaseStage is not null)
        {
            root = root.BaseStage;
        }

        var runtime = start.Commands.Any(c => c.Command.Program == "dotnet") && !sdk.IsWindows ? "aspnet or runtime" : "aspnet, runtime or runtime-deps";
        context.Report(root.From.Words[0].Span, sdk.Image.Text, runtime);
    }

    /// <summary><c>dotnet App.dll</c>, <c>dotnet run</c>, <c>dotnet exec</c>, or an executable by path (<c>./Api</c>); not shells, SDK tools or keep-alive commands.</summary>
    private static bool StartsAnApp(ShellCommand command)
    {
        if (command.Words.Count == 0 || command.Words[0].HasExpansion)
        {
            return false;
        }

        if (command.Program == "dotnet")
        {
            return command.Arguments.Count > 0 && (command.Arguments[0].Value.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || command.Arguments[0].Value is "run" or "exec");
        }

        var word = command.Words[0].Value;
        return (word.StartsWith("./", StringComparison.Ordinal) || word.StartsWith('/')) && !ProgramNames.IsShell(command.Program) && command.Program is not ("pwsh" or "tail" or "sleep");
    }
}
