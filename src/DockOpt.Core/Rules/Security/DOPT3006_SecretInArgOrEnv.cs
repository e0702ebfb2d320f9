using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// An ARG or ENV whose name says it holds a secret: one of its <c>_</c>-separated words is
/// <c>password</c>, <c>passwd</c>, <c>pass</c>, <c>secret</c>, <c>token</c>, <c>apikey</c>, <c>key</c>,
/// <c>auth</c>, <c>credential(s)</c>... Names that only point at or describe a secret
/// (<c>*_FILE</c>, <c>*_PATH</c>, <c>*_URL</c>, <c>*_ID</c>, <c>PUBLIC_KEY</c>, <c>GPG_KEY</c>,
/// <c>AUTH_ENABLED</c>, <c>*_DUMMY</c>...), ENV set to an empty value, and a value that is only a flag
/// (<c>true</c>, <c>0</c>, <c>off</c>...) are not reported.
/// </summary>
public sealed class DOPT3006_SecretInArgOrEnv : Rule
{
    private static readonly HashSet<string> SecretWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pword", "pass", "psw", "secret", "secrets", "token", "apikey", "key", "auth",
        "credential", "credentials", "privatekey",
    };

    /// <summary>Words that make the name describe a secret (where it is, what kind it is, whether it is on) rather than hold one.</summary>
    private static readonly HashSet<string> DescriptiveWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "public", "pub", "file", "files", "path", "dir", "directory", "url", "uri", "endpoint", "host", "port", "id", "name",
        "length", "size", "type", "mode", "method", "provider", "enabled", "disabled", "enable", "disable", "required",
        "header", "version", "ttl", "timeout", "expiry", "expires", "expiration", "algorithm", "alg", "format", "location",
        "issuer", "audience", "server", "realm", "scope", "strategy", "backend", "service", "user", "username", "email",
        "prefix", "suffix", "level", "policy", "count", "gpg", "pgp", "gnupg", "keyring", "keyserver", "fingerprint",
        "cache", "store", "vault", "arn", "region", "field", "dummy", "placeholder",
    };

    /// <summary>Values that switch something on or off: a flag, never a secret (Rails' SECRET_KEY_BASE_DUMMY=true).</summary>
    private static readonly HashSet<string> FlagValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "0", "1",
    };

    /// <summary>
    /// ENV values that say they are no secret (SECRET_KEY=dummy, for a collectstatic step). Not for ARG: its default is
    /// what a build gets without --build-arg, and the real secret passed instead still lands in the image history.
    /// </summary>
    private static readonly HashSet<string> PlaceholderValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "dummy", "placeholder", "unused", "none", "null",
    };

    public override string Id => RuleIds.SecretInArgOrEnv;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is not (InstructionKind.Arg or InstructionKind.Env))
        {
            return;
        }

        foreach (var pair in syntax.KeyValues)
        {
            if (!LooksSecret(pair.Name))
            {
                continue;
            }

            var value = pair.Value is null ? null : instruction.Expand(pair.Value).Value;
            if (syntax.Kind == InstructionKind.Env
                && (pair.Value is null || pair.Value.Value.Length == 0 || value!.StartsWith("/run/secrets/", StringComparison.Ordinal)))
            {
                continue;
            }

            if (value is not null && (FlagValues.Contains(value.Trim()) || (syntax.Kind == InstructionKind.Env && PlaceholderValues.Contains(value.Trim()))))
            {
                continue;
            }

            context.Report(pair.Key.Span, syntax.Kind.ToKeyword(), pair.Name);
        }
    }

    public static bool LooksSecret(string name)
    {
        var words = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        var secret = words.Any(SecretWords.Contains)
            || words.Any(w => w.Length > 8 && GluedSuffixes.Any(s => w.EndsWith(s, StringComparison.OrdinalIgnoreCase)));
        return secret && !words.Any(DescriptiveWords.Contains);
    }

    /// <summary>Secret words glued to a prefix, as some tools spell them: <c>PGPASSWORD</c>, <c>ACCESSTOKEN</c>.</summary>
    private static readonly string[] GluedSuffixes = ["password", "passwd", "token", "secret"];
}
