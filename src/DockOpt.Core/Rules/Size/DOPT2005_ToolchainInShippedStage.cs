using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// A compiler toolchain or development headers are installed in a stage that ships and not removed
/// in the same RUN. Build in a builder stage and copy the result instead. One finding per RUN, at its
/// first toolchain package. An image with no CMD or ENTRYPOINT is taken for a build or base image,
/// whose toolchain is the point, and is not reported.
/// </summary>
public sealed class DOPT2005_ToolchainInShippedStage : Rule
{
    private static readonly HashSet<string> Toolchain = new(StringComparer.Ordinal)
    {
        "build-essential", "build-base", "gcc", "g++", "gcc-c++", "clang", "make", "cmake", "autoconf", "automake",
        "libtool", "pkg-config", "pkgconf", "musl-dev", "linux-headers", "gfortran", "rustc", "cargo",
    };

    private readonly List<(TextSpan Span, IReadOnlyList<string> Packages)> _findings = new();
    private bool _hasStartCommand;

    public override string Id => RuleIds.ToolchainInShippedStage;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships)
        {
            return;
        }

        if (instruction.Instruction.Kind is InstructionKind.Cmd or InstructionKind.Entrypoint)
        {
            _hasStartCommand = true;
            return;
        }

        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        // The official-image idiom installs build dependencies and purges them by name (or by apk virtual group) in the
        // same RUN: those never ship. An autoremove that names nothing keeps every package installed by name.
        var packages = script.Commands
            .Select(OsPackages.AsInstall)
            .OfType<OsPackageInstall>()
            .SelectMany(i => i.Packages.Where(p => IsToolchain(p.Name) && !OsPackages.RemovedLater(script, i, p.Name)))
            .ToList();
        if (packages.Count > 0)
        {
            _findings.Add((script.SpanOf(packages[0].Word), packages.Select(p => p.Name).Distinct().ToList()));
        }
    }

    public override void Finish(RuleContext context)
    {
        if (!_hasStartCommand || ImageIntent.IsDevelopmentImage(context.Model))
        {
            return;
        }

        foreach (var (span, packages) in _findings)
        {
            var named = string.Join(", ", packages.Take(3).Select(p => $"'{p}'"));
            var more = packages.Count > 3 ? $" and {packages.Count - 3} more" : string.Empty;
            context.Report(span, named + more);
        }
    }

    /// <summary>Compilers, build tools, and header packages (<c>*-dev</c> on Debian and Alpine, <c>*-devel</c> on RPM systems).</summary>
    public static bool IsToolchain(string name) =>
        Toolchain.Contains(name)
        || (name.EndsWith("-dev", StringComparison.Ordinal) && name.Length > 4)
        || (name.EndsWith("-devel", StringComparison.Ordinal) && name.Length > 6)
        || (name.StartsWith("gcc-", StringComparison.Ordinal) && name.Length > 4 && char.IsDigit(name[4]))
        || (name.StartsWith("g++-", StringComparison.Ordinal) && name.Length > 4 && char.IsDigit(name[4]));
}
