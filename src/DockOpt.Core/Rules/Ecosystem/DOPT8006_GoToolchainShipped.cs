using DockOpt.Core.Shell;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>go build</c> runs in a stage that ships and is built on the official golang image, and the image runs
/// something else than Go tools or a shell: the image carries the Go toolchain, the module cache and the build
/// cache next to a binary that needs none of them.
/// </summary>
public sealed class DOPT8006_GoToolchainShipped : CompilerImageShipped
{
    public override string Id => RuleIds.GoToolchainShipped;

    protected override string ImageName => "golang";

    protected override IReadOnlySet<string> ToolchainPrograms { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "go", "gofmt", "gopls", "dlv", "golangci-lint", "air", "staticcheck", "make",
    };

    protected override bool IsBuild(ShellCommand command) =>
        command.Program == "go" && CommandLineView.Parse(command.Arguments).Subcommand == "build";
}
