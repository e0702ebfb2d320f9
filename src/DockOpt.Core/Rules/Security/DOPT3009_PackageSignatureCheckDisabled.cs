using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// Package signature checks turned off, in any stage: apt's <c>--allow-unauthenticated</c>,
/// <c>--allow-insecure-repositories</c>, <c>--force-yes</c> and <c>AllowUnauthenticated</c>, a
/// <c>[trusted=yes]</c> source line, <c>apk --allow-untrusted</c>, yum/dnf/tdnf/microdnf
/// <c>--nogpgcheck</c> or <c>gpgcheck=0</c>, <c>zypper --no-gpg-checks</c>, <c>rpm --nosignature</c>.
/// </summary>
public sealed class DOPT3009_PackageSignatureCheckDisabled : Rule
{
    public override string Id => RuleIds.PackageSignatureCheckDisabled;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            foreach (var word in UncheckedWords(command))
            {
                // A source line or repository setting written by echo/printf/tee configures apt or yum, not echo.
                var manager = command.Program switch
                {
                    "echo" or "printf" or "tee" => word.Value.Contains("trusted=yes", StringComparison.OrdinalIgnoreCase) ? "apt" : "yum and dnf",
                    _ => command.Program,
                };
                context.Report(script.SpanOf(word), word.Value, manager);
            }
        }
    }

    private static IEnumerable<ShellWord> UncheckedWords(ShellCommand command)
    {
        var args = command.Arguments;
        switch (command.Program)
        {
            case "apt-get" or "apt" or "aptitude":
                foreach (var option in command.ParseArguments(KnownOptions.AptGet).Options)
                {
                    if (option.Name is "--allow-unauthenticated" or "--allow-insecure-repositories" or "--force-yes"
                        || (option.Name is "-o" or "--option" && option.Value is { } value && IsOn(value, "AllowUnauthenticated", "AllowInsecureRepositories")))
                    {
                        yield return option.ValueWord ?? option.Word;
                    }
                }

                break;
            case "apk":
                foreach (var word in args.Where(a => a.Value == "--allow-untrusted"))
                {
                    yield return word;
                }

                break;
            case "yum" or "dnf" or "microdnf" or "tdnf" or "zypper" or "rpm":
                foreach (var word in args.Where(a => a.Value is "--nogpgcheck" or "--no-gpgchecks" or "--no-gpg-checks" or "--nosignature" or "--nodigest"
                    || (a.Value.StartsWith("--setopt=", StringComparison.Ordinal) && IsGpgcheckOff(a.Value))))
                {
                    yield return word;
                }

                break;
            case "echo" or "printf" or "tee":
                foreach (var word in args.Where(a => a.Value.Contains("trusted=yes", StringComparison.OrdinalIgnoreCase) && a.Value.Contains('[')
                    || IsGpgcheckOff(a.Value.Replace(" ", string.Empty))))
                {
                    yield return word;
                }

                break;
        }
    }

    private static bool IsGpgcheckOff(string text)
    {
        var at = text.IndexOf("gpgcheck=", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || (at > 0 && char.IsLetter(text[at - 1]) && !text[..at].EndsWith("repo_", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var value = new string(text[(at + "gpgcheck=".Length)..].TakeWhile(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        return value is "0" or "false" or "no" or "off";
    }

    private static bool IsOn(string setting, params string[] keys)
    {
        var equals = setting.IndexOf('=');
        if (equals < 0)
        {
            return false;
        }

        var key = setting[..equals];
        var value = setting[(equals + 1)..].Trim().Trim('"').ToLowerInvariant();
        return keys.Any(k => key.EndsWith(k, StringComparison.OrdinalIgnoreCase)) && value is "true" or "1" or "yes";
    }
}
