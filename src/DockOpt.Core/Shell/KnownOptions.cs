using System.Collections.Frozen;

namespace DockOpt.Core.Shell;

/// <summary>
/// The options that take a value, per tool, for <see cref="CommandLineView.Parse"/>. Knowing them is what tells
/// <c>pip install -r requirements.txt</c> (a file name) from <c>pip install -U requests</c> (a package).
/// </summary>
public static class KnownOptions
{
    public static IReadOnlySet<string> Pip { get; } = Set(
        "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-t", "--target", "--prefix", "--root",
        "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "--src", "--upgrade-strategy",
        "--platform", "--python-version", "--implementation", "--abi", "--no-binary", "--only-binary",
        "--progress-bar", "--cache-dir", "--log", "--log-file", "--proxy", "--retries", "--timeout",
        "--exists-action", "--trusted-host", "--cert", "--client-cert", "-C", "--config-settings",
        "--global-option", "--root-user-action", "--report", "--python", "-d", "--dest", "-w", "--wheel-dir",
        "--use-feature", "--use-deprecated", "--keyring-provider", "--format", "--path", "--exclude");

    public static IReadOnlySet<string> AptGet { get; } = Set(
        "-o", "--option", "-c", "--config-file", "-t", "--target-release", "--default-release",
        "-a", "--host-architecture", "-P", "--build-profiles");

    public static IReadOnlySet<string> Apk { get; } = Set(
        "-X", "--repository", "-p", "--root", "-t", "--virtual", "--arch", "--cache-dir", "--keys-dir",
        "--repositories-file", "--cache-max-age", "--timeout", "--progress-fd", "-o", "--output");

    public static IReadOnlySet<string> Npm { get; } = Set(
        "--registry", "--prefix", "-C", "--cache", "--userconfig", "--globalconfig", "--loglevel", "--tag",
        "--otp", "-w", "--workspace", "--omit", "--include", "--install-strategy", "--access", "--scope",
        "--before", "--fetch-retries", "--fetch-timeout", "--cafile", "--proxy", "--https-proxy",
        "--save-prefix", "--script-shell", "--location", "--auth-type");

    /// <summary>curl's options with a value. <c>-O</c> (save under the remote name) takes none.</summary>
    public static IReadOnlySet<string> Curl { get; } = Set(
        "-o", "--output", "-H", "--header", "-d", "--data", "--data-raw", "--data-binary", "--data-urlencode",
        "--data-ascii", "--json", "-u", "--user", "-X", "--request", "-A", "--user-agent", "-e", "--referer",
        "-b", "--cookie", "-c", "--cookie-jar", "-F", "--form", "--form-string", "-T", "--upload-file",
        "-x", "--proxy", "-U", "--proxy-user", "-w", "--write-out", "-m", "--max-time", "--connect-timeout",
        "--retry", "--retry-delay", "--retry-max-time", "-r", "--range", "-K", "--config", "--cacert",
        "--capath", "-E", "--cert", "--key", "--cert-type", "--key-type", "--pass", "--resolve", "--url",
        "--output-dir", "--limit-rate", "-y", "--speed-time", "-Y", "--speed-limit", "-z", "--time-cond",
        "-C", "--continue-at", "--proto", "--proto-redir", "--max-redirs", "--interface", "--dns-servers",
        "--netrc-file", "--create-file-mode", "--ciphers", "--pinnedpubkey", "--trace", "--trace-ascii",
        "--stderr", "-D", "--dump-header", "-P", "--ftp-port", "-Q", "--quote", "--local-port",
        "-t", "--telnet-option", "--oauth2-bearer", "--aws-sigv4", "--variable");

    /// <summary>wget's options with a value. <c>-n</c> is listed so that <c>-nv</c> reads as one option, not -n and -v.</summary>
    public static IReadOnlySet<string> Wget { get; } = Set(
        "-O", "--output-document", "-o", "--output-file", "-a", "--append-output", "-P", "--directory-prefix",
        "-U", "--user-agent", "--header", "-t", "--tries", "-T", "--timeout", "--dns-timeout",
        "--connect-timeout", "--read-timeout", "-e", "--execute", "-i", "--input-file", "-B", "--base",
        "--user", "--password", "--http-user", "--http-password", "--ftp-user", "--ftp-password",
        "--post-data", "--post-file", "--body-data", "--body-file", "--method", "-Q", "--quota", "-w", "--wait",
        "--waitretry", "-l", "--level", "-A", "--accept", "-R", "--reject", "-D", "--domains",
        "--exclude-domains", "-I", "--include-directories", "-X", "--exclude-directories", "--ca-certificate",
        "--ca-directory", "--certificate", "--private-key", "--load-cookies", "--save-cookies", "--referer",
        "--limit-rate", "--progress", "--secure-protocol", "--restrict-file-names", "--default-page",
        "--bind-address", "-n");

    private static IReadOnlySet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
