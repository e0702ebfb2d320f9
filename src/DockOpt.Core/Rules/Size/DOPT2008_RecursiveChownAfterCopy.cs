using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// <c>chown -R</c>, <c>chgrp -R</c> or <c>chmod -R</c> in a stage that ships changes files that an earlier COPY
/// or ADD (or download) put into the image. Changing a file's owner or mode in a new layer stores the whole
/// file again, so everything the COPY added is shipped twice. <c>COPY --chown</c>/<c>--chmod</c> set them while copying.
/// </summary>
public sealed class DOPT2008_RecursiveChownAfterCopy : Rule
{
    private readonly LayerPaths _paths = new();

    public override string Id => RuleIds.RecursiveChownAfterCopy;

    public override void VisitStage(Stage stage, RuleContext context) => _paths.EnterStage(stage);

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var script = instruction.Instruction.Kind == InstructionKind.Run ? context.GetScript(instruction) : null;
        if (script is not null && instruction.Stage.Ships)
        {
            foreach (var command in script.Commands.Where(c => c.Program is "chown" or "chmod" or "chgrp"))
            {
                Check(script, command, instruction.Stage, context);
            }
        }

        _paths.Record(instruction, script);
    }

    private void Check(RunScript script, ShellCommand command, Stage stage, RuleContext context)
    {
        var view = CommandLineView.Parse(command.Arguments, ["--reference", "--from"]);
        if (!view.Has("-R", "--recursive") || (command.Program == "chmod" && view.Has("-r")))
        {
            return;
        }

        // The first operand is the owner or the mode, unless --reference gives it.
        var targets = view.Has("--reference") ? view.Positionals : view.Positionals.Skip(1);
        var added = _paths.In(stage);
        foreach (var word in targets)
        {
            if (ImagePaths.PathOf(word, script, command) is not { } path || path == "/")
            {
                continue;
            }

            // Only a change that covers everything a COPY added: changing part of a copied tree (chown -R app db log tmp,
            // as the Rails template does) grants less than COPY --chown would, and is a deliberate choice.
            var copied = added.FirstOrDefault(p => p.By is AddedBy.Copy or AddedBy.Add or AddedBy.AddUrl or AddedBy.Download
                && ImagePaths.IsSameOrUnder(p.Path, path));
            if (copied is null)
            {
                continue;
            }

            var flag = command.Program == "chmod" ? "--chmod" : "--chown";
            context.Report(CommandText.Span(script, command.Words[0], word), CommandText.Describe(command) + " -R", copied.Line(context.Source), flag);
            return;
        }
    }
}
