using System.Text.RegularExpressions;
using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// The OS package manager installs a Python (python3, python3-pip, python3.11, py3-pip...) into a
/// stage built on an official <c>python</c> image, which already has its interpreter and pip under
/// /usr/local: the distribution's copy is a second, unused interpreter.
/// </summary>
public sealed partial class DOPT2006_SecondPythonFromOsPackages : Rule
{
    public override string Id => RuleIds.SecondPythonFromOsPackages;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var root = instruction.Stage.RootImage;
        if (root is null || !root.IsOfficialDockerHubImage || root.Name != "python"
            || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            if (OsPackages.AsInstall(command) is not { } install)
            {
                continue;
            }

            // Installed as a build dependency and removed in the same RUN (apk add --virtual .build-deps ... && apk del
            // .build-deps, or apt-get purge NAME): that second Python never reaches a layer.
            foreach (var package in install.Packages.Where(p => InstallsPython(p.Name) && !OsPackages.RemovedLater(script, install, p.Name)))
            {
                context.Report(script.SpanOf(package.Word), package.Name, root.Text);
            }
        }
    }

    /// <summary>Debian's python3, python3.X, their -pip/-venv/-dev/... packages and libpython3.X; Alpine's python3 and py3-*.</summary>
    public static bool InstallsPython(string name) =>
        PythonPackage().IsMatch(name) || name is "python-is-python3" || name.StartsWith("py3-", StringComparison.Ordinal);

    [GeneratedRegex(@"^(lib)?python3(\.\d+)?(-.+)?$")]
    private static partial Regex PythonPackage();
}
