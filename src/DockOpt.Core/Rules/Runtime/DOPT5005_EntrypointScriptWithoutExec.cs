using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// The image starts a shell script (<c>ENTRYPOINT ["./entrypoint.sh"]</c>) whose last command runs the
/// server, or <c>"$@"</c>, without <c>exec</c>. The shell stays PID 1 with the server as its child,
/// and a shell does not pass SIGTERM on. Needs the build context to read the script: without it, or
/// when the script cannot be traced to a COPY, nothing is reported. Scripts that <c>trap</c> signals
/// themselves are trusted.
/// </summary>
public sealed class DOPT5005_EntrypointScriptWithoutExec : Rule
{
    private static readonly string[] PathDirectories = ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"];

    private static readonly HashSet<string> Servers = new(StringComparer.Ordinal)
    {
        "gunicorn", "uvicorn", "hypercorn", "daphne", "node", "nodejs", "npm", "yarn", "pnpm", "bun", "deno", "java", "dotnet",
        "nginx", "httpd", "apache2-foreground", "apachectl", "php-fpm", "supervisord", "rails", "bundle", "puma", "unicorn", "celery",
        "flask", "streamlit", "gosu", "su-exec", "tini", "dumb-init", "ruby", "caddy", "redis-server", "postgres", "mysqld",
    };

    private readonly ImageStartTracker _start = new();
    private readonly List<CopyFact> _copies = new();

    public override string Id => RuleIds.EntrypointScriptWithoutExec;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _start.Visit(instruction);
        var syntax = instruction.Instruction;
        if (context.Options.BuildContext is null || !instruction.Stage.Ships || syntax.Kind is not (InstructionKind.Copy or InstructionKind.Add)
            || syntax.HasFlag("from") || syntax.Heredocs.Count > 0)
        {
            return;
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        if (words.Count < 2)
        {
            return;
        }

        string Value(WordSyntax w) => syntax.Form == CommandForm.Exec ? w.Value : instruction.Expand(w).Value;
        var sources = words.Take(words.Count - 1).Select(Value).Where(s => !s.Contains("://", StringComparison.Ordinal)).ToList();
        var destination = Value(words[^1]);
        var isDirectory = destination.EndsWith('/') || destination is "." or ".." || words.Count > 2;
        _copies.Add(new CopyFact(sources, Absolute(destination.TrimEnd('/'), instruction.Workdir), isDirectory));
    }

    public override void Finish(RuleContext context)
    {
        if (context.Options.BuildContext is not { } build || _start.Resolve() is not { } start)
        {
            return;
        }

        var instruction = start.Entrypoint ?? start.Cmd;
        if (instruction is null || instruction.Instruction.Form != CommandForm.Exec || instruction.Instruction.ExecArguments.Count == 0)
        {
            return;
        }

        var args = instruction.Instruction.ExecArguments;
        var scriptWord = ProgramNames.IsShell(args[0].Value) && args.Count > 1 && !args[1].Value.StartsWith('-') ? args[1] : args[0];
        var path = scriptWord.Value;
        var candidates = path.Contains('/')
            ? [Absolute(path, instruction.Workdir)]
            : PathDirectories.Select(d => d + "/" + path).ToArray();
        var contextPath = candidates.Select(c => FindSource(c, build)).FirstOrDefault(p => p is not null);
        if (contextPath is null || build.ReadText(contextPath) is not { } text)
        {
            return;
        }

        if (LastCommandWithoutExec(text) is { } program)
        {
            context.Report(scriptWord.Span, path, program);
        }
    }

    /// <summary>The program the script's last command runs when it is a server or "$@" started without exec; null otherwise.</summary>
    internal static string? LastCommandWithoutExec(string text)
    {
        var firstLine = text.Split('\n', 2)[0].Trim();
        if (firstLine.StartsWith("#!", StringComparison.Ordinal))
        {
            var interpreter = firstLine[2..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var name = interpreter.Length > 1 && interpreter[0].EndsWith("/env", StringComparison.Ordinal) ? interpreter[1] : interpreter.FirstOrDefault() ?? string.Empty;
            if (!ProgramNames.IsShell(name))
            {
                return null;
            }
        }

        var script = ShellParser.Parse(text.Replace("\r\n", "\n"));
        if (script.Commands.Any(c => c.Program == "trap"))
        {
            return null;
        }

        var last = script.Commands.Where(c => !c.InSubstitution && c.WrappedBy is null && c.Words.Count > 0).MaxBy(c => c.Start);
        if (last is null || last.Program == "exec" || last.After == ShellOperator.Background)
        {
            return null;
        }

        var raw = last.Words[0].Raw;
        if (raw.Contains("$@", StringComparison.Ordinal) || raw.Contains("${@}", StringComparison.Ordinal) || raw.Contains("$*", StringComparison.Ordinal))
        {
            return "\"$@\"";
        }

        return Servers.Contains(last.Program) || ProgramNames.IsPython(last.Program) ? last.Program : null;
    }

    private string? FindSource(string path, BuildContextView build)
    {
        for (var i = _copies.Count - 1; i >= 0; i--)
        {
            var copy = _copies[i];
            foreach (var source in copy.Sources)
            {
                var relative = Security.DOPT3007_CredentialFileCopied.ContextRelative(source).TrimEnd('/');
                if (relative.Split('/').Contains("..") || relative.IndexOfAny(['*', '?', '[']) >= 0)
                {
                    continue;
                }

                if (!copy.IsDirectory && copy.Destination == path && build.FileExists(relative))
                {
                    return relative;
                }

                var directory = copy.Destination.TrimEnd('/');
                if (!path.StartsWith(directory + "/", StringComparison.Ordinal))
                {
                    continue;
                }

                // A file copied into the folder, or a folder whose content lands there.
                var rest = path[(directory.Length + 1)..];
                var name = relative[(relative.LastIndexOf('/') + 1)..];
                if (relative.Length > 0 && rest == name && build.FileExists(relative))
                {
                    return relative;
                }

                var inside = relative.Length == 0 || relative == "." ? rest : relative + "/" + rest;
                if ((relative.Length == 0 || build.DirectoryExists(relative)) && build.FileExists(inside))
                {
                    return inside;
                }
            }
        }

        return null;
    }

    private static string Absolute(string path, string? workdir)
    {
        if (path.StartsWith('/'))
        {
            return Normalize(path);
        }

        return Normalize((workdir ?? "/").TrimEnd('/') + "/" + path);
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join('/', parts);
    }

    private sealed record CopyFact(IReadOnlyList<string> Sources, string Destination, bool IsDirectory);
}
