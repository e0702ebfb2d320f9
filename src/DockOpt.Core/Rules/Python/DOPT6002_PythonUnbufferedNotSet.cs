using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Rules.Size;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// The produced image runs Python and PYTHONUNBUFFERED is not set: standard output is block-buffered when it
/// is not a terminal, so log lines reach the container's log late, or not at all when the process is killed.
/// Judged for images built on the official python image, or that install Python from OS packages and run a
/// Python program. Satisfied by ENV PYTHONUNBUFFERED (any non-empty value), <c>python -u</c>, or an inline setting.
/// </summary>
public sealed class DOPT6002_PythonUnbufferedNotSet : Rule
{
    private static readonly HashSet<string> PythonServers = new(StringComparer.Ordinal)
    {
        "gunicorn", "uvicorn", "hypercorn", "daphne", "celery", "flask", "django-admin", "fastapi", "streamlit", "waitress-serve", "granian", "rq", "dramatiq",
    };

    private bool _unbuffered;
    private bool _pythonInstalled;

    public override string Id => RuleIds.PythonUnbufferedNotSet;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships)
        {
            return;
        }

        var syntax = instruction.Instruction;
        if (syntax.Kind == InstructionKind.Env)
        {
            foreach (var pair in syntax.KeyValues.Where(p => p.Name == "PYTHONUNBUFFERED"))
            {
                _unbuffered = pair.Value is null || instruction.Expand(pair.Value) is var value && (!value.IsFullyResolved || value.Value.Length > 0);
            }
        }
        else if (syntax.Kind == InstructionKind.Run && context.GetScript(instruction) is { } script)
        {
            _pythonInstalled |= script.Commands.Any(c => OsPackages.AsInstall(c) is { } install
                && install.Packages.Any(p => DOPT2006_SecondPythonFromOsPackages.InstallsPython(p.Name) || p.Name is "python3" or "python311" or "python3.11"));
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_unbuffered || context.Model.FinalStage is not { } final || ImageCommand.OfFinalImage(context.Model) is not { } image)
        {
            return;
        }

        var onPythonImage = final.RootImage is { IsOfficialDockerHubImage: true, Name: "python" };
        var runsPython = false;
        foreach (var command in image.Commands)
        {
            var words = ImageCommand.Launched(command);
            if (words.Count == 0)
            {
                continue;
            }

            var name = ProgramNames.Basename(words[0].Value);
            if (ProgramNames.IsPython(name) && words.Skip(1).TakeWhile(w => w.Value.StartsWith('-')).Any(w => !w.Value.StartsWith("--", StringComparison.Ordinal) && w.Value.Contains('u')))
            {
                return; // python -u
            }

            if (command.Assignments.Any(a => a.Value.StartsWith("PYTHONUNBUFFERED=", StringComparison.Ordinal) && a.Value.Length > "PYTHONUNBUFFERED=".Length))
            {
                return;
            }

            runsPython |= ProgramNames.IsPython(name) || PythonServers.Contains(name);
        }

        if (!(onPythonImage || (_pythonInstalled && runsPython)))
        {
            return;
        }

        var instruction = image.Instruction.Instruction;
        context.Report(instruction.KeywordSpan, AddEnvFix(context.Source, instruction));
    }

    private static Fix AddEnvFix(SourceText source, InstructionSyntax before)
    {
        var lineStart = source.GetLineStart(source.GetLocation(before.Span).Line);
        var newline = source.Text.IndexOf('\n', lineStart);
        var lineEnding = newline > 0 && source.Text[newline - 1] == '\r' ? "\r\n" : "\n";
        return Fix.Unsafe("Set ENV PYTHONUNBUFFERED=1", new TextEdit(new TextSpan(lineStart, lineStart), "ENV PYTHONUNBUFFERED=1" + lineEnding));
    }
}
