using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// A compiler toolchain or development headers are installed in a stage that ships and not removed
/// in the same RUN. Build in a builder stage and copy the result instead.
/// </summary>
public sealed class DOPT2005_ToolchainInShippedStage : Rule
{
    private static readonly HashSet<string> Toolchain = new(StringComparer.Ordinal)
    {
        "build-essential", "build-base", "gcc", "g++", "gcc-c++", "clang", "make", "cmake", "autoconf", "automake",
        "libtool", "pkg-config", "pkgconf", "musl-dev", "linux-headers", "gfortran", "rustc", "cargo",
    };

    public override string Id => RuleIds.ToolchainInShippedStage;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run
            || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        // The official-image idiom installs build dependencies and purges them in the same RUN: nothing ships.
        if (script.Commands.Any(OsPackages.IsRemoval))
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (OsPackages.AsInstall(command) is not { } install)
            {
                continue;
            }

            foreach (var package in install.Packages.Where(p => IsToolchain(p.Name)))
            {
                context.Report(script.SpanOf(package.Word), package.Name);
            }
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
