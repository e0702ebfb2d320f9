using System.Text;
using System.Text.RegularExpressions;
using DockOpt.Core.Analysis;
using DockOpt.Core.Knowledge;
using DockOpt.Core.Rules.Size;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Optimizer;

/// <summary>
/// Rewrites a single-stage, pip-based Python Dockerfile into two stages: a builder that installs the
/// dependencies into a prefix (<c>/install</c>) from the manifest alone (so source edits keep the install
/// cached), with whatever toolchain the original installed; and a slim final stage that copies the
/// installed packages into <c>/usr/local</c> and the application, installs only runtime OS packages, runs as a non-root user, and starts the
/// server so that it receives signals. Instructions it does not understand stay in the final stage,
/// in order; every choice it makes is written as a comment.
/// </summary>
public static partial class PythonDockerfileOptimizer
{
    // The builder installs here; the final stage copies it over /usr/local, where the official image's
    // Python looks. Unlike a virtualenv, nothing the base image already has (pip, setuptools) ships twice.
    private const string InstallPrefix = "/install";

    /// <summary>Debian header packages and the runtime library that carries what they build against.</summary>
    private static readonly Dictionary<string, string?> RuntimeLibraryOf = new(StringComparer.Ordinal)
    {
        ["libpq-dev"] = "libpq5",
        ["default-libmysqlclient-dev"] = "libmariadb3",
        ["libmariadb-dev"] = "libmariadb3",
        ["libmariadb-dev-compat"] = "libmariadb3",
        ["libxml2-dev"] = "libxml2",
        ["libxslt1-dev"] = "libxslt1.1",
        ["libjpeg-dev"] = "libjpeg62-turbo",
        ["libjpeg62-turbo-dev"] = "libjpeg62-turbo",
        ["libpng-dev"] = "libpng16-16",
        ["libffi-dev"] = null, // libffi8 is already in the slim image
        ["libssl-dev"] = null, // libssl3 is already in the slim image
        ["zlib1g-dev"] = null, // zlib1g is already in the slim image
        ["python3-dev"] = null,
    };

    public static OptimizeResult Optimize(DockerfileSyntax syntax, OptimizeOptions? options = null)
    {
        options ??= new OptimizeOptions();
        var model = DockerfileModel.Build(syntax);
        if (syntax.Errors.Count > 0)
        {
            return NotSupported("the file has syntax errors; fix them first ('dotnet dockopt check' lists them)");
        }

        if (model.Stages.Count > 1)
        {
            return new OptimizeResult(OptimizeOutcome.AlreadyOptimized, null, null, ["the file is already multi-stage: nothing to rewrite"], null);
        }

        if (model.Stages.Count == 0)
        {
            return NotSupported("the file has no FROM");
        }

        var stage = model.Stages[0];
        if (stage.BaseImage is not { } image || !image.IsOfficialDockerHubImage || image.Name != "python")
        {
            return NotSupported("only Dockerfiles built on an official python image are rewritten (Node and .NET rewrites are planned)");
        }

        if (image.Tag?.HasVariant("alpine") == true || image.Tag?.HasVariant("windowsservercore") == true)
        {
            return NotSupported($"'{image.Text}' is not a Debian-based image; only Debian-based python images are rewritten");
        }

        var plan = new Plan(syntax, model, stage, options);
        return plan.Build();
    }

    private static OptimizeResult NotSupported(string reason) => new(OptimizeOutcome.NotSupported, null, null, [], reason);

    /// <summary>One rewrite in progress: the classification of each instruction and the text of both stages.</summary>
    private sealed class Plan(DockerfileSyntax syntax, DockerfileModel model, Stage stage, OptimizeOptions options)
    {
        private readonly List<string> _notes = new();
        private readonly List<string> _builder = new();
        private readonly List<string> _final = new();
        private readonly List<string> _buildPackages = new();
        private readonly List<string> _runtimePackages = new();
        private readonly List<PipInstall> _pipInstalls = new();
        private readonly SourceText _source = syntax.Source;
        private readonly string _nl = syntax.Source.DominantLineEnding == LineEnding.CrLf ? "\r\n" : "\n";
        private readonly char _escape = syntax.EscapeCharacter;
        private string? _projectCopy;
        private bool _packagesCopied;
        private bool _runtimePackagesPlaced;
        private bool _hasUser;

        public OptimizeResult Build()
        {
            var install = FindDependencyInstall();
            if (install is null)
            {
                return NotSupported("no pip install from requirements or from the project (pip install -r ..., pip install .) was found");
            }

            var (installContext, _, _) = install.Value;
            if (ManifestProblem(install.Value) is { } manifestProblem)
            {
                return NotSupported(manifestProblem);
            }

            var comments = CommentsBeforeInstructions();
            var passedInstall = false;
            foreach (var instruction in stage.Instructions)
            {
                var context = model.GetContext(instruction)!;
                var text = comments.TryGetValue(instruction, out var before) ? before + Verbatim(instruction) : Verbatim(instruction);
                if (instruction == installContext.Instruction)
                {
                    passedInstall = true;
                }

                switch (instruction.Kind)
                {
                    case InstructionKind.Env or InstructionKind.Arg or InstructionKind.Workdir:
                        if (!passedInstall)
                        {
                            _builder.Add(Verbatim(instruction));
                        }

                        _final.Add(text);
                        break;
                    case InstructionKind.Run:
                        var problem = ClassifyRun(context, text);
                        if (problem is not null)
                        {
                            return NotSupported(problem);
                        }

                        break;
                    case InstructionKind.Copy or InstructionKind.Add when IsManifestCopy(instruction, install.Value.Install):
                        _notes.Add($"line {Line(instruction)}: the manifest copy moved to the builder stage");
                        break;
                    case InstructionKind.Copy or InstructionKind.Add when CopiesWholeContext(context):
                        if (install.Value.Install.Manifests.Count == 0)
                        {
                            _projectCopy ??= Verbatim(instruction);
                        }
                        else if (!_packagesCopied)
                        {
                            // The dependencies change less often than the code: their layer goes first.
                            _packagesCopied = true;
                            _final.Add(PlaceholderPackagesCopy);
                        }

                        _final.Add(text);
                        break;
                    case InstructionKind.User:
                        _hasUser = true;
                        _final.Add(text);
                        break;
                    case InstructionKind.Cmd or InstructionKind.Entrypoint:
                        AddUserBeforeStart();
                        _final.Add(StartCommand(context, text));
                        break;
                    default:
                        _final.Add(text);
                        break;
                }
            }

            AddUserBeforeStart();
            return Assemble(install.Value);
        }

        private (InstructionContext Context, ShellCommand Command, DependencyInstall Install)? FindDependencyInstall()
        {
            foreach (var instruction in stage.Instructions.Where(i => i.Kind == InstructionKind.Run))
            {
                var context = model.GetContext(instruction)!;
                var script = RunScript.Create(context, _source);
                var found = script?.Commands.Select(c => (Command: c, Install: DependencyInstalls.Classify(c))).FirstOrDefault(x => x.Install is { Ecosystem: "pip" });
                if (found?.Install is { } dependencyInstall)
                {
                    return (context, found.Value.Command, Normalize(dependencyInstall));
                }
            }

            return null;
        }

        /// <summary>The manifests must be relative to a working directory that the context copy fills, and exist in the context.</summary>
        private string? ManifestProblem((InstructionContext Context, ShellCommand Command, DependencyInstall Install) install)
        {
            var workdir = (install.Context.Workdir ?? "/").TrimEnd('/');
            foreach (var manifest in install.Install.Manifests)
            {
                if (manifest.StartsWith('/') || manifest.Contains("..", StringComparison.Ordinal) || manifest.Contains('$'))
                {
                    return $"the requirements path '{manifest}' is not relative to the working directory; the rewrite cannot tell where it lives in the build context";
                }

                if (options.BuildContext is { } context && !context.FileExists(manifest))
                {
                    return $"'{manifest}' is not in the build context {context.Directory}";
                }
            }

            var copy = stage.Instructions.TakeWhile(i => i != install.Context.Instruction)
                .Select(i => model.GetContext(i)!)
                .FirstOrDefault(CopiesWholeContext);
            if (copy is not null)
            {
                var destination = copy.Expand(copy.Instruction.Words[^1]).Value;
                if (destination is not ("." or "./") && destination.TrimEnd('/') != workdir)
                {
                    return $"the context is copied to '{destination}' but pip runs in '{(workdir.Length == 0 ? "/" : workdir)}'; set WORKDIR to the copy's destination first";
                }
            }

            return null;
        }

        /// <summary>A project install ("pip install .") keeps no manifest list: the whole project is its manifest.</summary>
        private static DependencyInstall Normalize(DependencyInstall install) =>
            install.Manifests.Any(m => m.StartsWith("pyproject.toml", StringComparison.Ordinal)) ? install with { Manifests = [] } : install;

        /// <summary>Splits a RUN: OS packages go to the stage that needs them, pip installs to the builder, anything else stays in the final stage.</summary>
        private string? ClassifyRun(InstructionContext context, string text)
        {
            var script = RunScript.Create(context, _source);
            if (script is null || script.Shell.Errors.Count > 0)
            {
                _final.Add(text);
                return null;
            }

            var commands = script.Commands.Where(c => c.Program.Length > 0).ToList();
            var handled = commands.All(c => IsAptHousekeeping(c) || OsPackages.AsInstall(c) is { Manager: "apt" } || ProgramNames.IsPip(c.Program) || c.Program == "set");
            var hasPip = commands.Any(c => ProgramNames.IsPip(c.Program));
            if (!handled)
            {
                if (hasPip)
                {
                    return $"line {Line(context.Instruction)}: the pip install shares its RUN with other commands; put it in a RUN of its own and optimize again";
                }

                _final.Add(text);
                return null;
            }

            foreach (var command in commands)
            {
                if (OsPackages.AsInstall(command) is { Manager: "apt" } apt)
                {
                    foreach (var package in apt.Packages)
                    {
                        ClassifyPackage(package.Word.Value, package.Name);
                    }
                }
                else if (ProgramNames.IsPip(command.Program))
                {
                    _pipInstalls.Add(PipCommand(script, command));
                    if (!_packagesCopied)
                    {
                        _packagesCopied = true;
                        _final.Add(PlaceholderPackagesCopy);
                    }
                }
            }

            if (!_runtimePackagesPlaced && commands.Any(c => OsPackages.AsInstall(c) is not null))
            {
                _runtimePackagesPlaced = true;
                _final.Add(PlaceholderRuntimePackages);
            }

            return null;
        }

        private const string PlaceholderPackagesCopy = "\u0000packages";
        private const string PlaceholderRuntimePackages = "\u0000apt";

        private void ClassifyPackage(string written, string name)
        {
            if (DOPT2006_SecondPythonFromOsPackages.InstallsPython(name) && !RuntimeLibraryOf.ContainsKey(name))
            {
                _notes.Add($"dropped '{name}': the python image already has Python and pip");
                return;
            }

            if (DOPT2005_ToolchainInShippedStage.IsToolchain(name) || RuntimeLibraryOf.ContainsKey(name))
            {
                _buildPackages.Add(written);
                if (RuntimeLibraryOf.TryGetValue(name, out var runtime))
                {
                    if (runtime is not null && !_runtimePackages.Contains(runtime))
                    {
                        _runtimePackages.Add(runtime);
                        _notes.Add($"'{name}' builds in the builder; the final stage gets its runtime library '{runtime}'");
                    }
                }
                else if (name.EndsWith("-dev", StringComparison.Ordinal))
                {
                    // A header package whose runtime library we cannot name: keep it, correctness first.
                    _runtimePackages.Add(written);
                    _notes.Add($"kept '{name}' in the final stage: dockopt cannot tell which runtime library it provides; replace it with that library");
                }

                return;
            }

            if (!_runtimePackages.Contains(written))
            {
                _runtimePackages.Add(written);
            }
        }

        private static bool IsAptHousekeeping(ShellCommand command)
        {
            if (command.Program is "apt-get" or "apt")
            {
                var sub = CommandLineView.Parse(command.Arguments, KnownOptions.AptGet).Subcommand;
                return sub is "update" or "clean" or "autoremove" or "purge" or "remove";
            }

            return command.Program == "rm" && command.Arguments.Any(a => a.Value.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal))
                || command.Program == "rm" && command.Arguments.Any(a => a.Value.StartsWith("/var/cache/apt", StringComparison.Ordinal));
        }

        /// <summary>The pip command for the builder: into the install prefix (any --user, --prefix or --target dropped), with --no-cache-dir.</summary>
        private PipInstall PipCommand(RunScript script, ShellCommand command)
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Pip);
            var words = new List<string> { "pip" };
            foreach (var argument in command.Arguments)
            {
                var option = view.Options.FirstOrDefault(o => o.Word == argument || o.ValueWord == argument);
                if (option is not null && option.Name is "--user" or "--prefix" or "--root" or "--target" or "-t" or "--break-system-packages")
                {
                    if (option.Word == argument)
                    {
                        _notes.Add($"dropped '{option.Name}' from pip install: packages go into {InstallPrefix}, copied to /usr/local");
                    }

                    continue;
                }

                words.Add(argument.Raw);
            }

            if (view.Subcommand == "install")
            {
                words.Insert(2, $"--prefix={InstallPrefix}");
                if (!view.Has("--no-cache-dir"))
                {
                    words.Insert(2, "--no-cache-dir");
                }
            }

            var assignments = string.Concat(command.Assignments.Select(a => a.Raw + " "));
            var targets = view.Positionals.Skip(1).Select(p => p.Value).ToList();
            var onlyTheProject = view.Subcommand == "install" && targets.Count > 0 && !view.Has("-r", "--requirement", "-e", "--editable")
                && targets.All(t => t is "." or "./" || (t.StartsWith("./", StringComparison.Ordinal) && !t.Contains('[')));

            // With extras (.[server]) the dependency layer, read from [project].dependencies alone, would miss the
            // extras' packages, so such an install keeps resolving its dependencies itself.
            return new PipInstall(assignments + string.Join(' ', words), onlyTheProject);
        }

        /// <summary>A pip command for the builder; <paramref name="InstallsOnlyTheProject"/> when it installs the local project and nothing else.</summary>
        private sealed record PipInstall(string Text, bool InstallsOnlyTheProject);

        private string StartCommand(InstructionContext context, string text)
        {
            var instruction = context.Instruction;
            if (options.Target == OptimizeTarget.CloudRun && CloudRunServer(instruction) is { } server)
            {
                _notes.Add($"line {Line(instruction)}: the server command now listens on $PORT and runs as PID 1 (exec)");
                return $"ENV PORT=8080{_nl}{instruction.Keyword} exec {server}{_nl}";
            }

            if (instruction.Form == CommandForm.Shell && instruction.Words.Count > 0 && instruction.Words[0].Value != "exec")
            {
                _notes.Add($"line {Line(instruction)}: prefixed the shell-form command with exec so it receives SIGTERM");
                var verbatim = Verbatim(instruction);
                var at = text.Length - verbatim.Length + (instruction.Words[0].Span.Start - instruction.FullSpan.Start);
                return text.Insert(at, "exec ");
            }

            if (options.Target == OptimizeTarget.CloudRun)
            {
                _notes.Add($"line {Line(instruction)}: kept the start command; make sure the server listens on $PORT (Cloud Run sets it)");
                return $"ENV PORT=8080{_nl}{text}";
            }

            return text;
        }

        /// <summary>For Cloud Run: gunicorn or uvicorn bound to $PORT, derived from the original command and the application's code.</summary>
        private string? CloudRunServer(InstructionSyntax instruction)
        {
            var argv = instruction.Form == CommandForm.Exec
                ? instruction.ExecArguments.Select(a => a.Value).ToList()
                : instruction.Words.Select(w => w.Value).ToList();
            if (argv.Count == 0 || instruction.Kind == InstructionKind.Entrypoint && instruction.Form == CommandForm.Exec && argv.Count == 1)
            {
                return null;
            }

            var program = Path.GetFileName(argv[0]);
            if (program == "gunicorn")
            {
                return "gunicorn --bind :$PORT " + string.Join(' ', WithoutOptions(argv.Skip(1), ["--bind", "-b"]).Select(Quote));
            }

            if (program == "uvicorn")
            {
                return "uvicorn " + string.Join(' ', WithoutOptions(argv.Skip(1), ["--host", "--port"]).Select(Quote)) + " --host 0.0.0.0 --port $PORT";
            }

            var requirements = RequirementNames();
            if (ProgramNames.IsPython(program) && argv.Count >= 2 && argv[1].EndsWith(".py", StringComparison.Ordinal))
            {
                var script = argv[1];
                var module = Path.GetFileNameWithoutExtension(script);
                var code = options.BuildContext?.ReadText(script);
                if (script == "manage.py" || (argv.Count > 2 && argv[2] == "runserver"))
                {
                    var project = code is null ? null : DjangoSettings().Match(code) is { Success: true } m ? m.Groups[1].Value : null;
                    return project is not null && requirements.Contains("gunicorn")
                        ? $"gunicorn --bind :$PORT --workers 1 --threads 8 --timeout 0 {project}.wsgi:application"
                        : null;
                }

                if (code is null || module.Contains('/'))
                {
                    return null;
                }

                if (requirements.Contains("gunicorn") && FlaskApp().Match(code) is { Success: true } flask)
                {
                    return $"gunicorn --bind :$PORT --workers 1 --threads 8 --timeout 0 {module}:{flask.Groups[1].Value}";
                }

                if (requirements.Contains("uvicorn") && AsgiApp().Match(code) is { Success: true } asgi)
                {
                    return $"uvicorn {module}:{asgi.Groups[1].Value} --host 0.0.0.0 --port $PORT";
                }
            }

            return null;
        }

        private static IEnumerable<string> WithoutOptions(IEnumerable<string> args, string[] names)
        {
            var skipNext = false;
            foreach (var arg in args)
            {
                if (skipNext)
                {
                    skipNext = false;
                    continue;
                }

                if (names.Contains(arg))
                {
                    skipNext = true;
                    continue;
                }

                if (names.Any(n => arg.StartsWith(n + "=", StringComparison.Ordinal)))
                {
                    continue;
                }

                yield return arg;
            }
        }

        /// <summary>Distribution names in the requirements files and pyproject dependencies, lower case.</summary>
        private HashSet<string> RequirementNames()
        {
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var context = options.BuildContext;
            if (context is null)
            {
                return names;
            }

            foreach (var file in new[] { "requirements.txt", "pyproject.toml" })
            {
                foreach (Match match in RequirementName().Matches(context.ReadText(file) ?? string.Empty))
                {
                    names.Add(match.Groups[1].Value);
                }
            }

            return names;
        }

        private void AddUserBeforeStart()
        {
            if (_hasUser)
            {
                return;
            }

            _hasUser = true;
            _notes.Add("added the non-root user 'app' (uid 10001); the application files stay owned by root, so the process cannot change its own code");
            _final.Add($"USER app{_nl}");
        }

        private OptimizeResult Assemble((InstructionContext Context, ShellCommand Command, DependencyInstall Install) install)
        {
            var fromWord = stage.From.Words[0];
            var builderImage = fromWord.Raw;
            var finalImage = SlimImage(fromWord);
            var workdir = model.GetContext(install.Context.Instruction)!.Workdir;

            var text = new StringBuilder();
            foreach (var directive in syntax.Directives)
            {
                text.Append(_source[directive.FullSpan].TrimEnd('\r', '\n')).Append(_nl);
            }

            text.Append("# Optimized by dockopt: dependencies install in a builder stage from the manifest alone,").Append(_nl);
            text.Append("# so source edits no longer re-run pip; the final stage ships the installed packages and the app.").Append(_nl);
            foreach (var arg in syntax.Instructions.TakeWhile(i => i.Kind != InstructionKind.From))
            {
                text.Append(Verbatim(arg));
            }

            text.Append(_nl).Append($"FROM {builderImage} AS builder").Append(_nl);
            foreach (var line in _builder)
            {
                text.Append(line);
            }

            if (_buildPackages.Count > 0)
            {
                text.Append(AptInstall(_buildPackages));
            }

            var manifests = install.Install.Manifests;
            if (manifests.Count > 0)
            {
                foreach (var group in manifests.GroupBy(m => Path.GetDirectoryName(m)?.Replace('\\', '/') ?? string.Empty))
                {
                    text.Append($"COPY {string.Join(' ', group)} ./{(group.Key.Length == 0 ? string.Empty : group.Key + "/")}").Append(_nl);
                }

                foreach (var pip in _pipInstalls)
                {
                    text.Append($"RUN {pip.Text}").Append(_nl);
                }
            }
            else
            {
                // A pyproject project: its dependencies first, then the project itself. tomllib reads both the
                // dependencies and the build backend's requirements (PEP 518; setuptools when there is no
                // [build-system], as pip assumes); the backend goes into the builder's own Python, once, so a
                // source edit re-runs only a build without isolation (no backend download and install each time).
                text.Append("COPY pyproject.toml ./").Append(_nl);
                var layered = SupportsTomllib() && _pipInstalls.Count > 0 && _pipInstalls.All(p => p.InstallsOnlyTheProject);
                if (layered)
                {
                    // Continuation lines inside the Python string: the Dockerfile joins them before the shell sees them.
                    text.Append($"RUN python -c \"import tomllib; p = tomllib.load(open('pyproject.toml', 'rb')); {_escape}").Append(_nl);
                    text.Append($"        open('/tmp/requirements.txt', 'w').write('\\n'.join(p['project'].get('dependencies', []))); {_escape}").Append(_nl);
                    text.Append($"        open('/tmp/build-requirements.txt', 'w').write('\\n'.join(p.get('build-system', {{}}).get('requires', ['setuptools>=40.8.0'])))\" {_escape}").Append(_nl);
                    text.Append($"    && pip install --no-cache-dir -r /tmp/build-requirements.txt {_escape}").Append(_nl);
                    text.Append($"    && pip install --no-cache-dir --prefix={InstallPrefix} -r /tmp/requirements.txt").Append(_nl);
                    _notes.Add("the dependencies and the build backend install from pyproject.toml alone; the project itself builds without isolation (--no-build-isolation), so a source edit does not reinstall either");
                }

                text.Append(_projectCopy ?? $"COPY . .{_nl}");
                foreach (var pip in _pipInstalls)
                {
                    // The dependencies are in the prefix already, where this pip does not look: install only the project.
                    text.Append($"RUN {(layered ? ProjectOnly(pip.Text) : pip.Text)}").Append(_nl);
                }
            }

            text.Append(_nl).Append($"FROM {finalImage}").Append(_nl);
            text.Append($"ENV PYTHONDONTWRITEBYTECODE=1 {_escape}{_nl}    PYTHONUNBUFFERED=1").Append(_nl);
            text.Append("RUN useradd --create-home --uid 10001 app").Append(_nl);
            foreach (var line in _final)
            {
                if (line == PlaceholderPackagesCopy)
                {
                    text.Append($"COPY --from=builder {InstallPrefix} /usr/local").Append(_nl);
                }
                else if (line == PlaceholderRuntimePackages)
                {
                    if (_runtimePackages.Count > 0)
                    {
                        text.Append(AptInstall(_runtimePackages));
                    }
                }
                else
                {
                    text.Append(line);
                }
            }

            if (workdir is null)
            {
                _notes.Add("the original sets no WORKDIR; the builder installs from the image's root folder, as the original did");
            }

            var dockerignore = options.BuildContext is { } context && !context.FileExists(".dockerignore")
                ? DockerignoreTemplate.For(_nl)
                : null;
            var body = text.ToString();
            var notes = _notes.Count == 0 ? string.Empty : string.Concat(_notes.Select(n => $"# dockopt: {n}{_nl}"));
            var firstFrom = body.IndexOf(_nl + "FROM ", StringComparison.Ordinal);
            body = body.Insert(firstFrom + _nl.Length, notes);
            return new OptimizeResult(OptimizeOutcome.Rewritten, body, dockerignore, _notes, null);
        }

        /// <summary>The project's own install once its dependencies and build backend are in place: no dependency resolution, no isolated build environment.</summary>
        private static string ProjectOnly(string pip)
        {
            var flags = string.Concat(new[] { "--no-deps", "--no-build-isolation" }
                .Where(flag => !pip.Contains(" " + flag, StringComparison.Ordinal))
                .Select(flag => flag + " "));
            return pip.Replace(" install ", " install " + flags, StringComparison.Ordinal);
        }

        private string AptInstall(IEnumerable<string> packages) =>
            $"RUN apt-get update {_escape}{_nl}    && apt-get install -y --no-install-recommends {string.Join(' ', packages)} {_escape}{_nl}    && rm -rf /var/lib/apt/lists/*{_nl}";

        /// <summary>The slim image for the final stage: a literal full tag gets its slim variant; an ARG-built one gets "-slim" appended when its tag is a bare version.</summary>
        private string SlimImage(WordSyntax fromWord)
        {
            if (stage.BaseImage is not { } image || BaseImageKnowledge.SuggestSlim(image) is not { } slim)
            {
                return fromWord.Raw;
            }

            if (fromWord.Raw == fromWord.Value)
            {
                _notes.Add($"the final stage uses {image.Repository}:{slim.SlimTag} (about {BaseImageKnowledge.FormatMegabytes(slim.Sizes.FullMB - slim.Sizes.SlimMB)} MB smaller than the full image); the builder keeps {image.Text} with its compilers");
                return $"{image.Repository}:{slim.SlimTag}";
            }

            if (image.Tag is { Variant: null })
            {
                _notes.Add("the final stage uses the -slim variant of the base image; the builder keeps the full one with its compilers");
                return fromWord.Raw + "-slim";
            }

            return fromWord.Raw;
        }

        private bool SupportsTomllib() => stage.BaseImage?.Tag?.Version is { } version && (version.Major > 3 || version.Major == 3 && version.Minor >= 11);

        private bool IsManifestCopy(InstructionSyntax copy, DependencyInstall install) =>
            !copy.HasFlag("from") && copy.Words.Count >= 2 && install.Manifests.Count > 0
            && copy.Words.Take(copy.Words.Count - 1).All(w => install.Manifests.Contains(w.Value));

        private static bool CopiesWholeContext(InstructionContext context) =>
            !context.Instruction.HasFlag("from") && context.Instruction.Words.Count >= 2
            && context.Instruction.Words.Take(context.Instruction.Words.Count - 1).Any(w => context.Expand(w).Value is "." or "./" or "*" or "./*");

        /// <summary>The instruction's own lines as written, ending with one line break.</summary>
        private string Verbatim(InstructionSyntax instruction) =>
            _source[new TextSpan(instruction.FullSpan.Start, instruction.Span.End)].TrimStart('\r', '\n') + _nl;

        /// <summary>Comment lines directly above an instruction travel with it.</summary>
        private Dictionary<InstructionSyntax, string> CommentsBeforeInstructions()
        {
            var result = new Dictionary<InstructionSyntax, string>();
            var pending = new StringBuilder();
            foreach (var node in syntax.Nodes)
            {
                switch (node)
                {
                    case CommentSyntax comment:
                        pending.Append(_source[comment.Span]).Append(_nl);
                        break;
                    case BlankLineSyntax:
                        pending.Clear();
                        break;
                    case InstructionSyntax instruction:
                        if (pending.Length > 0)
                        {
                            result[instruction] = pending.ToString();
                            pending.Clear();
                        }

                        break;
                }
            }

            return result;
        }

        private int Line(InstructionSyntax instruction) => _source.GetPosition(instruction.Span.Start).Line;

        private static string Quote(string value) =>
            value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || "-_./=:,+@%$".Contains(c)) ? value : "'" + value.Replace("'", "'\\''") + "'";
    }

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:flask\.)?Flask\(", RegexOptions.Multiline)]
    private static partial Regex FlaskApp();

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:fastapi\.)?(?:FastAPI|Starlette)\(", RegexOptions.Multiline)]
    private static partial Regex AsgiApp();

    [GeneratedRegex(@"DJANGO_SETTINGS_MODULE['""]\s*,\s*['""]([A-Za-z_][A-Za-z0-9_]*)\.settings['""]")]
    private static partial Regex DjangoSettings();

    [GeneratedRegex(@"^\s*""?([A-Za-z0-9][A-Za-z0-9._-]*)", RegexOptions.Multiline)]
    private static partial Regex RequirementName();
}
