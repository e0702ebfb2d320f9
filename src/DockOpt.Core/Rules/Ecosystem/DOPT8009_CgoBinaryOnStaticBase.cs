using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>go build -o PATH</c> runs with cgo enabled — the default on the Debian-based golang images, which have a C
/// compiler — and a later stage copies that binary into a base without glibc: scratch, a distroless static
/// image, or Alpine. A cgo binary is linked against glibc and fails to start there. Not reported when
/// CGO_ENABLED is 0 (ENV, ARG, export or inline), or the build links statically or uses the netgo and
/// osusergo tags.
/// </summary>
public sealed class DOPT8009_CgoBinaryOnStaticBase : Rule
{
    private static readonly HashSet<string> GoFlagsWithValue = new(StringComparer.Ordinal)
    {
        "o", "ldflags", "tags", "gcflags", "asmflags", "p", "mod", "modfile", "pkgdir", "buildmode", "compiler", "installsuffix",
        "overlay", "pgo", "toolexec", "C", "buildvcs", "gccgoflags", "coverpkg", "covermode", "exec",
    };

    private readonly Dictionary<Stage, List<Build>> _builds = new();
    private readonly List<(Build Build, int Line, string Target, Stage Stage)> _copies = new();
    private readonly HashSet<Stage> _glibcCompat = new();

    public override string Id => RuleIds.CgoBinaryOnStaticBase;

    public override void VisitStage(Stage stage, RuleContext context)
    {
        _builds[stage] = stage.BaseStage is not null && _builds.TryGetValue(stage.BaseStage, out var inherited) ? new(inherited) : new();
        if (stage.BaseStage is not null && _glibcCompat.Contains(stage.BaseStage))
        {
            _glibcCompat.Add(stage);
        }
    }

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind == InstructionKind.Run && context.GetScript(instruction) is { } script)
        {
            // Alpine's glibc compatibility layers let a glibc binary start.
            if (script.Commands.Any(c => OsPackages.AsInstall(c) is { } install && install.Packages.Any(p => p.Name is "gcompat" or "libc6-compat")))
            {
                _glibcCompat.Add(instruction.Stage);
            }

            if (HasGlibcCompiler(instruction.Stage))
            {
                foreach (var command in script.Commands.Where(c => c.Program == "go"))
                {
                    if (CgoBuild(script, command) is { } build)
                    {
                        _builds[instruction.Stage].Add(build);
                    }
                }
            }

            return;
        }

        if (syntax.Kind != InstructionKind.Copy || syntax.GetFlag("from")?.Value is not { } from || !instruction.Stage.IsReachable
            || NoGlibc(instruction.Stage.RootImage) is not { } target)
        {
            return;
        }

        var source = context.Model.FindStage(instruction.Expand(from).Value, instruction.Stage.Index);
        if (source is null || !_builds.TryGetValue(source, out var builds))
        {
            return;
        }

        foreach (var word in ContextCopies.Sources(syntax))
        {
            var expanded = instruction.Expand(word);
            if (!expanded.IsFullyResolved)
            {
                continue;
            }

            var path = ImagePaths.Combine("/", expanded.Value);
            foreach (var build in builds.Where(b => ImagePaths.IsSameOrUnder(b.Output, path)))
            {
                _copies.Add((build, context.Source.GetLocation(syntax.Span).Line, target, instruction.Stage));
            }
        }
    }

    public override void Finish(RuleContext context)
    {
        var reported = new HashSet<TextSpan>();
        foreach (var (build, line, target, stage) in _copies)
        {
            if (!_glibcCompat.Contains(stage) && reported.Add(build.Span))
            {
                context.Report(build.Span, build.Command, build.Image, line, target);
            }
        }
    }

    /// <summary>The stage's C library is glibc and a C compiler is present: the official golang image without an Alpine tag.</summary>
    private static bool HasGlibcCompiler(Stage stage) =>
        stage.RootImage is { IsOfficialDockerHubImage: true, Name: "golang" } root && root.Tag?.HasVariant("alpine") != true
        && root.Tag?.Text.Contains("windows", StringComparison.OrdinalIgnoreCase) != true && root.Tag?.Text.Contains("nanoserver", StringComparison.OrdinalIgnoreCase) != true;

    /// <summary>A description of a base without glibc, or null.</summary>
    private static string? NoGlibc(ImageReference? root) => root switch
    {
        null => null,
        { IsScratch: true } => "scratch",
        { Registry: "gcr.io" } when root.Repository.StartsWith("distroless/static", StringComparison.Ordinal) => root.Text,
        { IsOfficialDockerHubImage: true, Name: "alpine" } => root.Text,
        _ => null,
    };

    private static Build? CgoBuild(RunScript script, ShellCommand command)
    {
        var view = CommandLineView.Parse(command.Arguments);
        var (flags, output) = GoFlags(command);
        if (view.Subcommand != "build" || output is null)
        {
            return null;
        }

        var cgo = CommandText.Environment(script, command, "CGO_ENABLED");
        if (cgo is not null && cgo != "1")
        {
            return null; // off, or unknown
        }

        var ldflags = flags.GetValueOrDefault("ldflags") ?? string.Empty;
        var tags = (flags.GetValueOrDefault("tags") ?? string.Empty).Split(',', ' ');
        if ((ldflags.Contains("-extldflags", StringComparison.Ordinal) && ldflags.Contains("-static", StringComparison.Ordinal))
            || (tags.Contains("netgo") && tags.Contains("osusergo")))
        {
            return null;
        }

        if (ImagePaths.PathOf(output, script, command) is not { } path)
        {
            return null;
        }

        return new Build(path, CommandText.Head(script, command, view), CommandText.Describe(command, view), script.Context.Stage.RootImage!.Text);
    }

    /// <summary>Go's flags by name (<c>-tags x</c>, <c>--tags=x</c>), and the word naming the output when <c>-o</c> is followed by it.</summary>
    private static (Dictionary<string, string> Flags, ShellWord? Output) GoFlags(ShellCommand command)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        ShellWord? output = null;
        var args = command.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i].Value;
            if (word == "--")
            {
                break;
            }

            if (!word.StartsWith('-') || word.Length < 2)
            {
                continue;
            }

            var name = word.TrimStart('-');
            var equals = name.IndexOf('=');
            if (equals > 0)
            {
                flags[name[..equals]] = name[(equals + 1)..];
            }
            else if (GoFlagsWithValue.Contains(name) && i + 1 < args.Count)
            {
                flags[name] = args[i + 1].Value;
                if (name == "o")
                {
                    output = args[i + 1];
                }

                i++;
            }
        }

        return (flags, output);
    }

    private sealed record Build(string Output, TextSpan Span, string Command, string Image);
}
