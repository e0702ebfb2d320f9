using DockOpt.Core.Analysis;
using DockOpt.Core.Shell;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// The produced image's CMD or ENTRYPOINT starts a Python development server: <c>flask run</c>,
/// <c>manage.py runserver</c> (or <c>django-admin runserver</c>), <c>fastapi dev</c>, or uvicorn, gunicorn or
/// hypercorn with <c>--reload</c>. Development servers are single-process, unhardened and (with reload)
/// watch the file system; <c>app.run(debug=True)</c> inside a script cannot be seen and is not reported.
/// </summary>
public sealed class DOPT6003_PythonDevelopmentServer : Rule
{
    public override string Id => RuleIds.PythonDevelopmentServer;

    public override void Finish(RuleContext context)
    {
        if (ImageIntent.IsDevelopmentImage(context.Model) || ImageCommand.OfFinalImage(context.Model) is not { } image)
        {
            return;
        }

        foreach (var command in image.Commands)
        {
            if (PythonCommandLine.Read(ImageCommand.Launched(command)) is not { } python || Find(python) is not { } found)
            {
                continue;
            }

            var span = new TextSpan(image.SpanOf(found.First).Start, image.SpanOf(found.Last).End);
            context.Report(span, found.Description);
            return;
        }
    }

    private static (ShellWord First, ShellWord Last, string Description)? Find(PythonCommandLine python)
    {
        var words = python.Words;
        var sub = python.FirstPositional;
        switch (python.Program)
        {
            case "flask" when sub?.Value == "run":
                return (words[0], sub, "flask run");
            case "manage.py" or "django-admin" or "django" when sub?.Value == "runserver":
                return (words[0], sub, python.Program == "django" ? "django runserver" : python.Program + " runserver");
            case "fastapi" when sub?.Value == "dev":
                return (words[0], sub, "fastapi dev");
            case "uvicorn" or "gunicorn" or "hypercorn":
                var reload = python.Option("--reload");
                return reload is null ? null : (reload, reload, python.Program + " " + reload.Value);
            default:
                return null;
        }
    }
}
