using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Security;

/// <summary>
/// COPY or ADD of a file that holds credentials: SSH private keys (<c>id_rsa</c>, <c>id_ed25519</c>...),
/// TLS private keys (<c>*.key</c>, <c>*-key.pem</c>, <c>*.p12</c>, <c>*.pfx</c>), <c>.env</c> files,
/// <c>.netrc</c>, <c>.pypirc</c>, <c>.git-credentials</c>, the <c>.ssh</c>, <c>.aws</c>, <c>.kube</c>,
/// <c>.gnupg</c> and <c>.docker</c> folders, cloud service-account keys, and an <c>.npmrc</c> that
/// holds an auth token (read from the build context when it is known). Templates such as
/// <c>.env.example</c>, public keys and certificates are not reported.
/// </summary>
public sealed class DOPT3007_CredentialFileCopied : Rule
{
    private static readonly HashSet<string> KeyNames = new(StringComparer.Ordinal)
    {
        "id_rsa", "id_dsa", "id_ecdsa", "id_ed25519", "id_ecdsa_sk", "id_ed25519_sk",
        ".netrc", "_netrc", ".pypirc", ".git-credentials", ".dockercfg", ".pgpass", ".my.cnf",
        ".ssh", ".aws", ".kube", ".gnupg", ".docker", "application_default_credentials.json", "credentials.json",
    };

    private static readonly string[] EnvTemplates = ["example", "sample", "template", "dist", "defaults", "default", "tpl", "schema"];

    /// <summary>Files and folders at the root of a build context that hold secrets, looked for when the whole context is copied.</summary>
    private static readonly string[] ContextSecrets =
    [
        ".env", ".env.local", ".env.production", ".env.prod", ".env.development", ".env.dev", ".env.staging",
        "id_rsa", "id_ed25519", "id_ecdsa", "id_dsa", ".netrc", ".pypirc", ".git-credentials", ".npmrc", ".ssh", ".aws",
    ];

    public override string Id => RuleIds.CredentialFileCopied;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var syntax = instruction.Instruction;
        if (syntax.Kind is not (InstructionKind.Copy or InstructionKind.Add) || syntax.HasFlag("from"))
        {
            return;
        }

        if (ContextCopies.WholeContext(instruction) is not null && context.Options.BuildContext is { } build && !syntax.HasFlag("exclude"))
        {
            ReportSecretsInContext(instruction, build, context);
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        foreach (var word in words.Take(words.Count - 1))
        {
            if (word.Raw.StartsWith("<<", StringComparison.Ordinal))
            {
                continue;
            }

            var source = syntax.Form == CommandForm.Exec ? word.Value : instruction.Expand(word).Value;
            if (Describe(source, context) is { } what)
            {
                context.Report(word.Span, source, what);
            }
        }
    }

    /// <summary><c>COPY . .</c> of a context whose root holds secret files that no .dockerignore excludes.</summary>
    private static void ReportSecretsInContext(InstructionContext instruction, BuildContextView build, RuleContext context)
    {
        var ignore = Dockerignore.Find(build, context.Source.Path);
        var found = ContextSecrets
            .Where(name => name is ".ssh" or ".aws" ? build.DirectoryExists(name) : build.FileExists(name))
            .Where(name => name != ".npmrc" || Describe(name, context) is not null)
            .Where(name => ignore?.MayExclude(name) != true)
            .ToList();
        if (found.Count == 0)
        {
            return;
        }

        var words = instruction.Instruction.Form == CommandForm.Exec ? instruction.Instruction.ExecArguments : instruction.Instruction.Words;
        var source = words.Take(words.Count - 1).First(w => instruction.Expand(w).Value is "." or "./" or "*" or "./*" or ".\\");
        var what = $"the whole build context, which holds {string.Join(", ", found)} that no .dockerignore excludes";
        context.Report(source.Span, instruction.Expand(source).Value, what);
    }

    /// <summary>What the source holds, or null when it does not look like a credential file.</summary>
    private static string? Describe(string source, RuleContext context)
    {
        var path = source.Replace('\\', '/').TrimEnd('/');
        if (path.Contains("://", StringComparison.Ordinal) || path.IndexOfAny(['*', '?', '[']) >= 0)
        {
            return null;
        }

        var name = path[(path.LastIndexOf('/') + 1)..];
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("id_", StringComparison.Ordinal) && KeyNames.Contains(lower))
        {
            return "an SSH private key";
        }

        if (lower is ".ssh" or ".aws" or ".kube" or ".gnupg" or ".docker")
        {
            return $"the {lower} folder with its keys and credentials";
        }

        if (path.EndsWith(".aws/credentials", StringComparison.Ordinal) || path.EndsWith(".kube/config", StringComparison.Ordinal)
            || path.EndsWith(".docker/config.json", StringComparison.Ordinal))
        {
            return "a credentials file";
        }

        if (KeyNames.Contains(lower) || lower.StartsWith("service-account", StringComparison.Ordinal) && lower.EndsWith(".json", StringComparison.Ordinal)
            || lower.StartsWith("client_secret", StringComparison.Ordinal) && lower.EndsWith(".json", StringComparison.Ordinal))
        {
            return "a credentials file";
        }

        if (lower.EndsWith(".key", StringComparison.Ordinal) || lower.EndsWith(".p12", StringComparison.Ordinal) || lower.EndsWith(".pfx", StringComparison.Ordinal)
            || (lower.EndsWith(".pem", StringComparison.Ordinal) && (lower.Contains("key") || lower.Contains("private"))))
        {
            return "a private key";
        }

        if (lower == ".env" || (lower.StartsWith(".env.", StringComparison.Ordinal) && !EnvTemplates.Any(t => lower.EndsWith("." + t, StringComparison.Ordinal))))
        {
            return "an environment file with the application's secrets";
        }

        if (lower == ".npmrc" && !path.Split('/').Contains("..") && context.Options.BuildContext?.ReadText(ContextRelative(path)) is { } npmrc
            && (npmrc.Contains("_authToken", StringComparison.Ordinal) || npmrc.Contains("_auth", StringComparison.Ordinal) || npmrc.Contains("_password", StringComparison.Ordinal)))
        {
            return "an .npmrc with a registry token";
        }

        return null;
    }

    /// <summary>A COPY source as a path inside the context: <c>/a</c> and <c>./a</c> are <c>a</c>.</summary>
    internal static string ContextRelative(string path)
    {
        path = path.TrimStart('/');
        while (path.StartsWith("./", StringComparison.Ordinal))
        {
            path = path[2..].TrimStart('/');
        }

        return path;
    }
}
