using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// With the project known: the image starts <c>dotnet X.dll</c> where X is not the project's
/// assembly name (case counts: Linux file names are case-sensitive). Not reported when the
/// Dockerfile publishes another project file or sets <c>AssemblyName</c> on the command line.
/// </summary>
public sealed class DOPT7006_EntrypointAssemblyMismatch : Rule
{
    private readonly ImageStartTracker _start = new();
    private bool _otherProject;

    public override string Id => RuleIds.EntrypointAssemblyMismatch;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _start.Visit(instruction);
        if (context.Options.Project is not { } project || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var projectFile = project.ProjectPath is null ? null : Path.GetFileName(project.ProjectPath.Replace('\\', '/'));
        foreach (var publish in script.Commands.Select(DotNetPublish.Read).Where(p => p is not null))
        {
            var target = publish!.Project?.Value;
            var builds = target is not null && (target.EndsWith("proj", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".sln", StringComparison.OrdinalIgnoreCase) || target.EndsWith(".slnx", StringComparison.OrdinalIgnoreCase));
            _otherProject |= publish.Properties.ContainsKey("AssemblyName")
                || (builds && projectFile is not null && target!.EndsWith("proj", StringComparison.OrdinalIgnoreCase)
                    && !Path.GetFileName(target.Replace('\\', '/')).Equals(projectFile, StringComparison.OrdinalIgnoreCase));
        }
    }

    public override void Finish(RuleContext context)
    {
        if (context.Options.Project?.AssemblyName is not { Length: > 0 } assembly || _otherProject || _start.Resolve() is not { } start)
        {
            return;
        }

        foreach (var (script, command) in start.Commands.Where(c => c.Command.Program == "dotnet"))
        {
            var args = command.Arguments;
            var index = args.Count > 0 && args[0].Value == "exec" ? 1 : 0;
            if (index >= args.Count || !args[index].Value.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) || args[index].HasExpansion)
            {
                continue;
            }

            var file = args[index].Value.Replace('\\', '/');
            var name = Path.GetFileNameWithoutExtension(file[(file.LastIndexOf('/') + 1)..]);
            if (name == assembly)
            {
                continue;
            }

            var detail = name.Equals(assembly, StringComparison.OrdinalIgnoreCase)
                ? $"the names differ only in case, which matters on Linux"
                : $"the project builds {assembly}.dll";
            context.Report(script.SpanOf(args[index]), name + ".dll", detail);
        }
    }
}
