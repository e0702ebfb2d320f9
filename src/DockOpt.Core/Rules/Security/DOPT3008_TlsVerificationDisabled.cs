using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// TLS certificate checks turned off, in any stage: <c>curl -k</c>, <c>wget --no-check-certificate</c>,
/// <c>pip --trusted-host</c>, <c>git -c http.sslVerify=false</c>, <c>npm config set strict-ssl false</c>,
/// <c>conda config --set ssl_verify false</c>, apt's <c>Verify-Peer=false</c>, yum/dnf <c>sslverify=0</c>,
/// and the variables <c>NODE_TLS_REJECT_UNAUTHORIZED=0</c>, <c>PYTHONHTTPSVERIFY=0</c>,
/// <c>GIT_SSL_NO_VERIFY</c>, <c>NPM_CONFIG_STRICT_SSL=false</c>, <c>PIP_TRUSTED_HOST</c>,
/// <c>UV_INSECURE_HOST</c>, <c>GOINSECURE</c> set by ENV, ARG or in a RUN.
/// </summary>
public sealed class DOPT3008_TlsVerificationDisabled : Rule
{
    public override string Id => RuleIds.TlsVerificationDisabled;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is InstructionKind.Env or InstructionKind.Arg)
        {
            foreach (var pair in syntax.KeyValues.Where(p => p.Value is not null))
            {
                if (DisablesVerification(pair.Name, instruction.Expand(pair.Value!).Value))
                {
                    context.Report(pair.Span, $"{pair.Name}={pair.Value!.Value}");
                }
            }

            return;
        }

        if (syntax.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands)
        {
            var assignments = command.Program == "export" ? command.Arguments : command.Assignments;
            foreach (var word in assignments)
            {
                if (word.TryGetAssignment(out var name, out var value) && DisablesVerification(name, value))
                {
                    context.Report(script.SpanOf(word), word.Value);
                }
            }

            if (InsecureWord(command) is { } insecure)
            {
                context.Report(script.Text.ToSource(insecure.Start, insecure.End), command.Program + " " + insecure.What);
            }
        }
    }

    private static bool DisablesVerification(string name, string value) => name.ToUpperInvariant() switch
    {
        "NODE_TLS_REJECT_UNAUTHORIZED" or "PYTHONHTTPSVERIFY" => value.Trim() == "0",
        "GIT_SSL_NO_VERIFY" or "PIP_TRUSTED_HOST" or "UV_INSECURE_HOST" or "GOINSECURE" => value.Trim().Length > 0,
        "NPM_CONFIG_STRICT_SSL" or "YARN_STRICT_SSL" => IsFalse(value),
        _ => false,
    };

    private static bool IsFalse(string value) => value.Trim().ToLowerInvariant() is "false" or "0" or "no" or "off";

    /// <summary>The option or words of a command that turn certificate checks off, as offsets in the script, and how to name them.</summary>
    private static (int Start, int End, string What)? InsecureWord(ShellCommand command)
    {
        var args = command.Arguments;
        switch (command.Program)
        {
            case "curl":
                return Option(command.ParseArguments(KnownOptions.Curl), "-k", "--insecure");
            case "wget":
                return Option(command.ParseArguments(KnownOptions.Wget), "--no-check-certificate");
            case "uv":
                return Option(command.ParseArguments(KnownOptions.Pip), "--allow-insecure-host");
            case var p when ProgramNames.IsPip(p):
                var pip = command.ParseArguments(KnownOptions.Pip);
                return Option(pip, "--trusted-host") ?? Setting(args, "global.trusted-host", _ => true) ?? Setting(args, "install.trusted-host", _ => true);
            case "git":
                return args.FirstOrDefault(a => IsSslVerifyOff(a.Value)) is { } inline
                    ? (inline.Start, inline.End, inline.Value)
                    : Setting(args, "http.sslverify", IsFalse, prefix: "http.", suffix: ".sslverify");
            case "npm" or "yarn" or "pnpm":
                return Setting(args, "strict-ssl", IsFalse) ?? Setting(args, "--strict-ssl", IsFalse);
            case "conda" or "mamba" or "micromamba":
                return Setting(args, "ssl_verify", IsFalse);
            case "composer":
                return Setting(args, "disable-tls", v => v.Trim().ToLowerInvariant() is "true" or "1");
            case "apt-get" or "apt":
                return Option(command.ParseArguments(KnownOptions.AptGet), "-o", "--option", value => value.Contains("Verify-Peer=false", StringComparison.OrdinalIgnoreCase) || value.Contains("Verify-Host=false", StringComparison.OrdinalIgnoreCase));
            case "yum" or "dnf" or "microdnf" or "tdnf":
                return args.FirstOrDefault(a => a.Value.StartsWith("--setopt=", StringComparison.Ordinal)
                    && (a.Value.EndsWith("sslverify=0", StringComparison.OrdinalIgnoreCase) || a.Value.EndsWith("sslverify=false", StringComparison.OrdinalIgnoreCase))) is { } setopt
                    ? (setopt.Start, setopt.End, setopt.Value)
                    : null;
            case "echo" or "printf":
                return args.FirstOrDefault(a => Normalize(a.Value) is var v && (v.Contains("verify-peer\"false\"") || v.Contains("verify-peer=false") || v.Contains("verify-host\"false\"") || v.Contains("sslverify=0") || v.Contains("sslverify=false"))) is { } line
                    ? (line.Start, line.End, line.Value)
                    : null;
            default:
                return null;
        }
    }

    private static string Normalize(string text) => new(text.ToLowerInvariant().Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static bool IsSslVerifyOff(string word)
    {
        var equals = word.IndexOf('=');
        if (equals < 0)
        {
            return false;
        }

        var key = word[..equals].ToLowerInvariant();
        return key.StartsWith("http.", StringComparison.Ordinal) && key.EndsWith(".sslverify", StringComparison.Ordinal) && IsFalse(word[(equals + 1)..]);
    }

    private static (int, int, string)? Option(CommandLineView view, params string[] names)
    {
        var option = view.Find(names).FirstOrDefault();
        return option is null ? null : (option.Start, option.End, option.Name + (option.Value is null ? string.Empty : " " + option.Value));
    }

    private static (int, int, string)? Option(CommandLineView view, string name, string alias, Func<string, bool> value)
    {
        var option = view.Find(name, alias).FirstOrDefault(o => o.Value is not null && value(o.Value));
        return option is null ? null : (option.Start, option.End, option.Value!);
    }

    /// <summary>A <c>key value</c> or <c>key=value</c> pair among the words, as <c>config set key value</c> writes it.</summary>
    private static (int, int, string)? Setting(IReadOnlyList<ShellWord> args, string key, Func<string, bool> isInsecure, string? prefix = null, string? suffix = null)
    {
        bool KeyMatches(string word) => word.Equals(key, StringComparison.OrdinalIgnoreCase)
            || (prefix is not null && word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && word.EndsWith(suffix!, StringComparison.OrdinalIgnoreCase));

        for (var i = 0; i < args.Count; i++)
        {
            var word = args[i].Value;
            var equals = word.IndexOf('=');
            if (equals > 0 && KeyMatches(word[..equals]) && isInsecure(word[(equals + 1)..]))
            {
                return (args[i].Start, args[i].End, word);
            }

            if (KeyMatches(word) && i + 1 < args.Count && isInsecure(args[i + 1].Value))
            {
                return (args[i].Start, args[i + 1].End, word + " " + args[i + 1].Value);
            }
        }

        return null;
    }
}
