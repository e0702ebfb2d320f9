using System.Collections.Immutable;
using System.Globalization;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Semantics;

/// <summary>Options that change what a build means: build arguments given on the command line and the target stage.</summary>
public sealed record ModelOptions
{
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = ImmutableDictionary<string, string>.Empty;

    /// <summary>The stage to build (<c>--target</c>); the last stage when null.</summary>
    public string? Target { get; init; }
}

/// <summary>
/// What a Dockerfile means: its stages, which of them ship, the build arguments before the first
/// FROM, and the context (variables, USER, WORKDIR, SHELL) of every instruction.
/// </summary>
public sealed class DockerfileModel
{
    /// <summary>Build arguments BuildKit predefines for FROM lines; their values depend on the platform.</summary>
    public static readonly ImmutableArray<string> PlatformArgs =
    [
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    ];

    private static readonly ImmutableArray<string> DefaultShell = ["/bin/sh", "-c"];
    private static readonly ImmutableArray<string> WindowsShell = ["cmd", "/S", "/C"];

    private readonly Dictionary<InstructionSyntax, InstructionContext> _contexts;

    private DockerfileModel(
        DockerfileSyntax syntax,
        IReadOnlyList<Stage> stages,
        ImmutableDictionary<string, string?> globalArgs,
        Dictionary<InstructionSyntax, InstructionContext> contexts)
    {
        Syntax = syntax;
        Stages = stages;
        GlobalArgs = globalArgs;
        _contexts = contexts;
        FinalStage = stages.FirstOrDefault(s => s.IsFinal);
    }

    public DockerfileSyntax Syntax { get; }

    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>The stage the build produces; null for a file without FROM.</summary>
    public Stage? FinalStage { get; }

    /// <summary>ARGs declared before the first FROM (plus BuildKit's platform arguments, whose values are unknown).</summary>
    public ImmutableDictionary<string, string?> GlobalArgs { get; }

    /// <summary>The context of an instruction inside a stage; null for global ARGs and for nested ONBUILD instructions.</summary>
    public InstructionContext? GetContext(InstructionSyntax instruction) =>
        _contexts.TryGetValue(instruction, out var context) ? context : null;

    /// <summary>Every instruction after a FROM, in file order, with its context.</summary>
    public IEnumerable<InstructionContext> Contexts => Stages.SelectMany(s => s.Instructions).Select(i => _contexts[i]);

    /// <summary>A stage by name (case-insensitive) or by index, as <c>COPY --from</c> refers to it.</summary>
    public Stage? FindStage(string nameOrIndex, int before = int.MaxValue)
    {
        var byName = Stages.FirstOrDefault(s => s.Index < before && s.Name is not null && s.Name.Equals(nameOrIndex, StringComparison.OrdinalIgnoreCase));
        if (byName is not null)
        {
            return byName;
        }

        return int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < Math.Min(before, Stages.Count)
            ? Stages[index]
            : null;
    }

    public static DockerfileModel Build(DockerfileSyntax syntax, ModelOptions? options = null) => new Builder(syntax, options ?? new ModelOptions()).Build();

    private sealed class Builder(DockerfileSyntax syntax, ModelOptions options)
    {
        private readonly List<Stage> _stages = new();
        private readonly Dictionary<InstructionSyntax, InstructionContext> _contexts = new();
        private readonly Dictionary<Stage, StageState> _endStates = new();
        private readonly Dictionary<string, Stage> _stagesByName = new(StringComparer.OrdinalIgnoreCase);
        private ImmutableDictionary<string, string?> _globalArgs = PlatformArgs.ToImmutableDictionary(a => a, _ => (string?)null);

        public DockerfileModel Build()
        {
            Stage? stage = null;
            StageState state = default;
            foreach (var instruction in syntax.Instructions)
            {
                if (instruction.Kind == InstructionKind.From)
                {
                    if (stage is not null)
                    {
                        _endStates[stage] = state;
                    }

                    (stage, state) = StartStage(instruction);
                    continue;
                }

                if (stage is null)
                {
                    if (instruction.Kind == InstructionKind.Arg)
                    {
                        DeclareGlobalArgs(instruction);
                    }

                    continue;
                }

                var context = new InstructionContext(instruction, stage, state.Args, state.Env, state.User, state.Workdir, state.Shell, syntax.EscapeCharacter);
                _contexts[instruction] = context;
                stage.Add(instruction);
                state = Apply(stage, state, context);
            }

            if (stage is not null)
            {
                _endStates[stage] = state;
            }

            MarkShippingStages();
            return new DockerfileModel(syntax, _stages, _globalArgs, _contexts);
        }

        private void DeclareGlobalArgs(InstructionSyntax arg)
        {
            foreach (var pair in arg.KeyValues)
            {
                var value = pair.Value is null ? null : Resolve(WordLexer.Expand(pair.Value.Raw, LookupGlobal, syntax.EscapeCharacter));
                _globalArgs = _globalArgs.SetItem(pair.Name, Override(pair.Name, value));
            }
        }

        private string? LookupGlobal(string name) => _globalArgs.TryGetValue(name, out var value) ? value : null;

        private string? Override(string name, string? value) =>
            options.BuildArgs.TryGetValue(name, out var given) ? given : value;

        private static string? Resolve(ExpandedWord word) => word.IsFullyResolved ? word.Value : null;

        private (Stage Stage, StageState State) StartStage(InstructionSyntax from)
        {
            var words = from.Words;
            string? name = words.Count == 3 ? words[2].Value.ToLowerInvariant() : null;
            var platformFlag = from.GetFlag("platform")?.Value;
            var platform = platformFlag is null ? null : Resolve(WordLexer.Expand(platformFlag.Raw, LookupGlobal, syntax.EscapeCharacter)) ?? platformFlag.Value;

            ImageReference? image = null;
            Stage? baseStage = null;
            var unresolved = false;
            if (words.Count > 0)
            {
                var expanded = WordLexer.Expand(words[0].Raw, LookupGlobal, syntax.EscapeCharacter);
                unresolved = !expanded.IsFullyResolved;
                baseStage = _stagesByName.GetValueOrDefault(expanded.Value);
                if (baseStage is null && !unresolved && expanded.Value.Length > 0)
                {
                    image = ImageReference.Parse(expanded.Value);
                }
            }

            var stage = new Stage(_stages.Count, from, name, platform, image, baseStage) { HasUnresolvedBase = unresolved };
            _stages.Add(stage);
            if (name is not null)
            {
                // The latest stage of a name wins, as when BuildKit resolves FROM and COPY --from.
                _stagesByName[name] = stage;
            }

            StageState state;
            if (baseStage is not null)
            {
                var inherited = _endStates[baseStage];
                state = inherited with { Args = ImmutableDictionary<string, string?>.Empty };
            }
            else
            {
                state = new StageState(
                    ImmutableDictionary<string, string?>.Empty,
                    ImmutableDictionary<string, string?>.Empty,
                    null,
                    null,
                    IsWindowsImage(image) ? WindowsShell : DefaultShell);
            }

            return (stage, state);
        }

        private static bool IsWindowsImage(ImageReference? image) =>
            image is not null && (image.Repository.Contains("windows", StringComparison.OrdinalIgnoreCase)
                || image.Tag?.Text.Contains("windowsservercore", StringComparison.OrdinalIgnoreCase) == true
                || image.Tag?.Text.Contains("nanoserver", StringComparison.OrdinalIgnoreCase) == true
                || image.Repository.EndsWith("servercore", StringComparison.OrdinalIgnoreCase)
                || image.Repository.EndsWith("nanoserver", StringComparison.OrdinalIgnoreCase));

        private StageState Apply(Stage stage, StageState state, InstructionContext context)
        {
            var instruction = context.Instruction;
            switch (instruction.Kind)
            {
                case InstructionKind.Arg:
                    var args = state.Args;
                    foreach (var pair in instruction.KeyValues)
                    {
                        var value = pair.Value is null
                            ? LookupGlobal(pair.Name)
                            : Resolve(context.Expand(pair.Value));
                        args = args.SetItem(pair.Name, Override(pair.Name, value));
                    }

                    return state with { Args = args };
                case InstructionKind.Env:
                    var env = state.Env;
                    foreach (var pair in instruction.KeyValues)
                    {
                        env = env.SetItem(pair.Name, pair.Value is null ? null : Resolve(context.Expand(pair.Value)));
                    }

                    return state with { Env = env };
                case InstructionKind.User when instruction.Words.Count > 0:
                    return state with { User = context.Expand(instruction.Words[0]).Value };
                case InstructionKind.Workdir when instruction.Words.Count > 0:
                    var path = context.Expand(instruction.Arguments.Text).Value;
                    if (!path.StartsWith('/') && !(path.Length > 1 && path[1] == ':'))
                    {
                        path = (state.Workdir ?? "/").TrimEnd('/') + "/" + path;
                    }

                    return state with { Workdir = path };
                case InstructionKind.Shell when instruction.Form == CommandForm.Exec:
                    return state with { Shell = instruction.ExecArguments.Select(a => a.Value).ToImmutableArray() };
                case InstructionKind.Copy or InstructionKind.Add:
                    var from = instruction.GetFlag("from")?.Value;
                    if (from is not null)
                    {
                        LinkStage(stage, context.Expand(from).Value);
                    }

                    return state;
                case InstructionKind.Run:
                    foreach (var mount in RunMount.ReadAll(instruction, v => context.Expand(v).Value))
                    {
                        if (mount.From is { } source)
                        {
                            LinkStage(stage, source);
                        }
                    }

                    return state;
                default:
                    return state;
            }
        }

        private void LinkStage(Stage stage, string reference)
        {
            var source = (_stagesByName.TryGetValue(reference, out var named) && named.Index < stage.Index ? named : null)
                ?? (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < stage.Index ? _stages[index] : null);
            if (source is not null)
            {
                stage.AddCopiedFrom(source);
            }
        }

        private void MarkShippingStages()
        {
            if (_stages.Count == 0)
            {
                return;
            }

            var final = options.Target is null ? null : _stages.FirstOrDefault(s => s.Name == options.Target.ToLowerInvariant());
            final ??= _stages[^1];
            final.IsFinal = true;
            for (var s = final; s is not null; s = s.BaseStage)
            {
                s.Ships = true;
            }

            var pending = new Stack<Stage>();
            pending.Push(final);
            while (pending.Count > 0)
            {
                var s = pending.Pop();
                if (s.IsReachable)
                {
                    continue;
                }

                s.IsReachable = true;
                if (s.BaseStage is not null)
                {
                    pending.Push(s.BaseStage);
                }

                foreach (var copied in s.CopiedFrom)
                {
                    pending.Push(copied);
                }
            }
        }

        private readonly record struct StageState(
            ImmutableDictionary<string, string?> Args,
            ImmutableDictionary<string, string?> Env,
            string? User,
            string? Workdir,
            ImmutableArray<string> Shell);
    }
}
