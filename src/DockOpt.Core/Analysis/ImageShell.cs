using DockOpt.Core.Semantics;

namespace DockOpt.Core.Analysis;

/// <summary>
/// What the shell behind shell-form commands does with a single simple command. bash, zsh, ksh and
/// BusyBox ash replace themselves with it (<c>sh -c "gunicorn app"</c> leaves gunicorn as PID 1); dash,
/// Debian's and Ubuntu's /bin/sh, forks it and stays PID 1. BusyBox ash goes further and execs the last
/// command of <c>a &amp;&amp; b</c> or <c>a; b</c> too. Which /bin/sh an image has is read from
/// its base: Alpine and BusyBox images have ash; the Red Hat family (CentOS, Fedora, Rocky, Alma, Oracle,
/// Amazon Linux and the images built on them, such as amazoncorretto and UBI) links /bin/sh to bash.
/// Anything else counts as dash, the common case on Docker Hub.
/// </summary>
public static class ImageShell
{
    private static readonly HashSet<string> ExecutingShells = new(StringComparer.OrdinalIgnoreCase)
    {
        "bash", "zsh", "ksh", "ksh93", "mksh",
    };

    private static readonly string[] BashAsShFamilies =
    [
        "centos", "fedora", "rockylinux", "almalinux", "oraclelinux", "amazonlinux", "amazoncorretto", "ubi", "ubi8", "ubi9", "ubi10",
        "ubi-minimal", "ubi8-minimal", "ubi9-minimal", "rhel", "rhel8", "rhel9",
    ];

    /// <summary>True when the shell of <paramref name="instruction"/> is known to exec a lone simple command rather than fork it.</summary>
    public static bool ExecsLoneCommand(InstructionContext instruction) => Kind(instruction) is ShellKind.Ash or ShellKind.Bash;

    /// <summary>
    /// True when the shell also execs the last command of an and-list or sequence (<c>a &amp;&amp; b</c>, <c>a; b</c>):
    /// BusyBox ash passes its exit-after-this flag down to the last operand, so <c>b</c> becomes PID 1.
    /// </summary>
    public static bool ExecsLastOfList(InstructionContext instruction) => Kind(instruction) is ShellKind.Ash;

    private enum ShellKind
    {
        Unknown,
        Ash,
        Bash,
    }

    private static ShellKind Kind(InstructionContext instruction)
    {
        if (instruction.Shell.IsDefaultOrEmpty)
        {
            return ShellKind.Unknown;
        }

        var program = instruction.Shell[0].Replace('\\', '/');
        program = program[(program.LastIndexOf('/') + 1)..].ToLowerInvariant();
        if (program is "ash" or "busybox")
        {
            return ShellKind.Ash;
        }

        if (ExecutingShells.Contains(program))
        {
            return ShellKind.Bash;
        }

        return program == "sh" && instruction.Stage.RootImage is { } root ? KindOfSh(root) : ShellKind.Unknown;
    }

    private static ShellKind KindOfSh(ImageReference image)
    {
        var name = image.Name.ToLowerInvariant();
        var nameParts = name.Split('-', '.', '_');
        var tagParts = image.Tag?.Text.ToLowerInvariant().Split('-', '.', '_') ?? [];

        // alpine, busybox, node:22-alpine, python:3.12-alpine3.20, and images named for Alpine (smebberson/alpine-nginx).
        if (name is "busybox" || nameParts.Contains("alpine") || tagParts.Any(p => p.StartsWith("alpine", StringComparison.Ordinal)))
        {
            return ShellKind.Ash;
        }

        // A Debian or Ubuntu variant of such an image (maven:3-amazoncorretto-21-debian) has dash.
        if (tagParts.Any(p => p is "debian" or "ubuntu" or "bookworm" or "bullseye" or "buster" or "trixie" or "jammy" or "noble" or "focal" or "slim"))
        {
            return ShellKind.Unknown;
        }

        var bashFamily = BashAsShFamilies.Contains(name)
            || tagParts.Any(p => BashAsShFamilies.Contains(p) || p.StartsWith("amazoncorretto", StringComparison.Ordinal) || p.StartsWith("ubi", StringComparison.Ordinal) && p.Length <= 5);
        return bashFamily ? ShellKind.Bash : ShellKind.Unknown;
    }
}
