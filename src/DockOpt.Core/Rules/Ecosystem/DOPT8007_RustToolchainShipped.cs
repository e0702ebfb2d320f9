using DockOpt.Core.Shell;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>cargo build</c> runs in a stage that ships and is built on the official rust image, and the image runs
/// something else than Rust tools or a shell: the image carries rustc, cargo, the crate registry and the
/// <c>target</c> folder next to a binary that needs none of them.
/// </summary>
public sealed class DOPT8007_RustToolchainShipped : CompilerImageShipped
{
    public override string Id => RuleIds.RustToolchainShipped;

    protected override string ImageName => "rust";

    protected override IReadOnlySet<string> ToolchainPrograms { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "cargo", "rustc", "rustup", "rustfmt", "clippy-driver", "make",
    };

    protected override bool IsBuild(ShellCommand command) =>
        command.Program == "cargo" && CommandLineView.Parse(command.Arguments).Subcommand == "build";
}
