using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// A stage creates a virtual environment (<c>python -m venv</c>, <c>virtualenv</c>, <c>uv venv</c>) and later
/// runs a bare <c>pip install</c> while the environment's <c>bin</c> folder is not on PATH and the environment
/// was not activated in that RUN: pip is the system one and the packages land outside the environment.
/// Installs with <c>--prefix</c>, <c>--target</c>, <c>--root</c>, <c>--user</c> or <c>--python</c>, and installs of
/// only pip, setuptools and wheel, are not reported.
/// </summary>
public sealed class DOPT6005_VirtualenvNotOnPath : Rule
{
    private static readonly HashSet<string> Tooling = new(StringComparer.OrdinalIgnoreCase) { "pip", "setuptools", "wheel" };

    private readonly Dictionary<Stage, List<(string Path, int Line)>> _venvs = new();
    private readonly Dictionary<Stage, string> _path = new();

    public override string Id => RuleIds.VirtualenvNotOnPath;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        var parent = stage.BaseStage;
        _venvs[stage] = parent is not null && _venvs.TryGetValue(parent, out var venvs) ? new(venvs) : new();
        if (parent is not null && _path.TryGetValue(parent, out var path))
        {
            _path[stage] = path;
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        var stage = instruction.Stage;
        if (syntax.Kind == InstructionKind.Env)
        {
            foreach (var pair in syntax.KeyValues.Where(p => p.Name == "PATH" && p.Value is not null))
            {
                var previous = _path.GetValueOrDefault(stage, string.Empty);
                _path[stage] = WordLexer.Expand(pair.Value!.Raw, name => name == "PATH" ? previous : instruction.Lookup(name), context.Syntax.EscapeCharacter).Value;
            }

            return;
        }

        if (syntax.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        var venvs = _venvs[stage];
        var activated = new List<string>();
        var line = context.Source.GetLocation(syntax.Span).Line;
        foreach (var command in script.Commands)
        {
            if (CreatedVenv(script, command) is { } created)
            {
                venvs.Add((created, line));
                continue;
            }

            if (command.Program is "." or "source" && command.Arguments.Count > 0 && command.Arguments[0].Value.EndsWith("/bin/activate", StringComparison.Ordinal))
            {
                activated.Add(command.Arguments[0].Value);
                continue;
            }

            if (command.Program == "export" && command.Arguments.Any(a => a.Value.StartsWith("PATH=", StringComparison.Ordinal)))
            {
                activated.AddRange(command.Arguments.Where(a => a.Value.StartsWith("PATH=", StringComparison.Ordinal)).Select(a => a.Value));
                continue;
            }

            if (venvs.Count == 0 || !IsBarePipInstall(command, out var view))
            {
                continue;
            }

            var path = CommandText.VariableValue(script, command, "PATH") is { } inline ? inline + ":" + _path.GetValueOrDefault(stage, string.Empty) : _path.GetValueOrDefault(stage, string.Empty);
            var usable = venvs.Where(v => !OnPath(path, v.Path) && !activated.Any(a => a.Contains(v.Path + "/bin", StringComparison.Ordinal))).ToList();
            if (usable.Count < venvs.Count || usable.Count == 0)
            {
                continue; // one of the environments is in use
            }

            var venv = usable[^1];
            context.Report(CommandText.Head(script, command, view), CommandText.Describe(command, view), venv.Path, venv.Line);
        }
    }

    private static bool OnPath(string path, string venv) =>
        path.Split(':').Any(entry => entry.TrimEnd('/') == venv + "/bin");

    private static string? CreatedVenv(RunScript script, ShellCommand command)
    {
        ShellWord? target = null;
        if (ProgramNames.IsPython(command.Program))
        {
            var words = command.Words;
            var m = words.ToList().FindIndex(w => w.Value == "-m");
            if (m < 0 || m + 1 >= words.Count || words[m + 1].Value is not ("venv" or "virtualenv"))
            {
                return null;
            }

            target = words.Skip(m + 2).LastOrDefault(w => !w.Value.StartsWith('-'));
        }
        else if (command.Program == "virtualenv")
        {
            target = CommandLineView.Parse(command.Arguments, ["-p", "--python", "--prompt", "--activators"]).Positionals.LastOrDefault();
        }
        else if (command.Program == "uv")
        {
            var view = CommandLineView.Parse(command.Arguments, ["-p", "--python", "--prompt", "--index-url", "--cache-dir"]);
            if (view.Subcommand != "venv")
            {
                return null;
            }

            if (view.Positionals.Count < 2)
            {
                return ImagePaths.WorkingDirectory(script, command) is { } cwd ? ImagePaths.Combine(cwd, ".venv") : null;
            }

            target = view.Positionals[1];
        }

        return target is null ? null : ImagePaths.PathOf(target, script, command);
    }

    private static bool IsBarePipInstall(ShellCommand command, out CommandLineView view)
    {
        view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
        if (!ProgramNames.IsPip(command.Program) || command.Words[0].Value.Contains('/') || view.Subcommand != "install"
            || view.Has("--prefix", "--target", "-t", "--root", "--user", "--python"))
        {
            return false;
        }

        var installsProject = view.Has("-r", "--requirement", "-e", "--editable");
        return installsProject || view.Positionals.Skip(1).Any(p => !Tooling.Contains(p.Value.Split('=', '<', '>', '~', '!', '[')[0]));
    }
}
