using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// Where in the image a stage has a lock file (package-lock.json, yarn.lock...) from the build context: copied by
/// COPY or ADD (in the stage or a stage it is built on), or bind-mounted into the RUN being judged.
/// </summary>
internal sealed class LockfilePresence(params string[] fileNames)
{
    private readonly Dictionary<Stage, Dictionary<string, HashSet<string>>> _folders = new();

    public void EnterStage(Stage stage)
    {
        var copy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        if (stage.BaseStage is not null && _folders.TryGetValue(stage.BaseStage, out var inherited))
        {
            foreach (var (name, folders) in inherited)
            {
                copy[name] = new HashSet<string>(folders, StringComparer.Ordinal);
            }
        }

        _folders[stage] = copy;
    }

    public void Record(InstructionContext instruction, BuildContextView? context)
    {
        if (instruction.Instruction.Kind is not (InstructionKind.Copy or InstructionKind.Add) || !_folders.TryGetValue(instruction.Stage, out var byName))
        {
            return;
        }

        foreach (var name in fileNames)
        {
            if (ContextCopies.FolderOf(instruction, name, context) is { } folder)
            {
                if (!byName.TryGetValue(name, out var folders))
                {
                    byName[name] = folders = new HashSet<string>(StringComparer.Ordinal);
                }

                folders.Add(folder);
            }
        }
    }

    /// <summary>The lock file among the names that the RUN sees in <paramref name="folder"/>, or null.</summary>
    public string? In(RunScript script, string folder)
    {
        foreach (var name in fileNames)
        {
            if (_folders.TryGetValue(script.Context.Stage, out var byName) && byName.TryGetValue(name, out var folders) && folders.Contains(folder))
            {
                return name;
            }

            // RUN --mount=type=bind,source=package-lock.json,target=package-lock.json
            if (script.Mounts.Any(m => m.Type == "bind" && m.From is null && m.Source is { } source && ImagePaths.FileName(source) == name
                && m.Target is { } target && ImagePaths.Combine(script.Context.Workdir, target) == folder.TrimEnd('/') + "/" + name))
            {
                return name;
            }
        }

        return null;
    }
}
