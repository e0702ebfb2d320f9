using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// A RUN in a stage that ships deletes a path that an earlier layer of the same image added: a COPY or ADD,
/// or a download (<c>curl -o</c>, <c>wget</c>, <c>git clone</c>) in an earlier RUN. The earlier layer keeps
/// the files, so the delete only hides them. Paths created and deleted in the same RUN are not reported.
/// </summary>
public sealed class DOPT2007_FileDeletedInLaterLayer : Rule
{
    private readonly LayerPaths _paths = new();

    public override string Id => RuleIds.FileDeletedInLaterLayer;

    public override void VisitStage(Stage stage, RuleContext context) => _paths.EnterStage(stage);

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var script = instruction.Instruction.Kind == InstructionKind.Run ? context.GetScript(instruction) : null;
        if (script is not null && instruction.Stage.Ships)
        {
            foreach (var removal in script.Commands.SelectMany(c => ImagePaths.Removals(c, script)))
            {
                var deleted = _paths.In(instruction.Stage).Where(p => p.By != AddedBy.MakeDirectory && removal.Deletes(p.Path)).ToList();
                if (deleted.All(IsSmallTextFile))
                {
                    continue;
                }

                if (deleted.Count == 0)
                {
                    continue;
                }

                // An extensionless COPY source may be a file or a folder, so both its places are recorded: name the outer one.
                var shown = deleted.OrderBy(p => p.Path.Length).First();
                context.Report(script.SpanOf(removal.Word), shown.Path, shown.Line(context.Source));
                foreach (var path in deleted)
                {
                    _paths.Forget(instruction.Stage, path);
                }
            }
        }

        _paths.Record(instruction, script);
    }

    /// <summary>A manifest or configuration file copied from the context (requirements.txt, package.json, a requirements/ folder...): deleting it again wastes a few KB at most, so it is not worth a finding.</summary>
    private static bool IsSmallTextFile(AddedPath path) =>
        path.By is AddedBy.Copy or AddedBy.Add
        && (!path.IsDirectory && TextExtensions.Contains(Path.GetExtension(path.Path).ToLowerInvariant())
            || path.IsDirectory && ManifestFolders.Contains(Path.GetFileName(path.Source.TrimEnd('/'))));

    /// <summary>Folders of pip requirements files (cookiecutter-django's requirements/base.txt, production.txt...).</summary>
    private static readonly HashSet<string> ManifestFolders = new(StringComparer.Ordinal) { "requirements", "requirements.d", "reqs" };

    private static readonly HashSet<string> TextExtensions = new(StringComparer.Ordinal)
    {
        ".txt", ".cfg", ".conf", ".ini", ".json", ".yaml", ".yml", ".toml", ".lock", ".xml", ".properties", ".md", ".env", ".sh", ".py", ".rb", ".js",
    };
}
