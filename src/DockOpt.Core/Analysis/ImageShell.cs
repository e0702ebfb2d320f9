using DockOpt.Core.Semantics;

namespace DockOpt.Core.Analysis;

/// <summary>
/// What the shell behind shell-form commands does with a single simple command. bash, zsh, ksh and
/// BusyBox ash replace themselves with it (<c>sh -c "gunicorn app"</c> leaves gunicorn as PID 1); dash,
/// Debian's and Ubuntu's /bin/sh, forks it and stays PID 1. Which /bin/sh an image has is read from
/// its base: Alpine and BusyBox images have ash; the Red Hat family (CentOS, Fedora, Rocky, Alma, Oracle,
/// Amazon Linux and the images built on them, such as amazoncorretto and UBI) links /bin/sh to bash.
/// Anything else counts as dash, the common case on Docker Hub.
/// </summary>
public static class ImageShell
{
    private static readonly HashSet<string> ExecutingShells = new(StringComparer.OrdinalIgnoreCase)
    {
        "bash", "zsh", "ksh", "ksh93", "mksh", "ash", "busybox",
    };

    private static readonly string[] BashAsShFamilies =
    [
        "centos", "fedora", "rockylinux", "almalinux", "oraclelinux", "amazonlinux", "amazoncorretto", "ubi", "ubi8", "ubi9", "ubi10",
        "ubi-minimal", "ubi8-minimal", "ubi9-minimal", "rhel", "rhel8", "rhel9",
    ];

    /// <summary>True when the shell of <paramref name="instruction"/> is known to exec a lone simple command rather than fork it.</summary>
    public static bool ExecsLoneCommand(InstructionContext instruction)
    {
        if (instruction.Shell.IsDefaultOrEmpty)
        {
            return false;
        }

        var program = instruction.Shell[0].Replace('\\', '/');
        program = program[(program.LastIndexOf('/') + 1)..];
        if (ExecutingShells.Contains(program))
        {
            return true;
        }

        return program == "sh" && instruction.Stage.RootImage is { } root && ShIsAshOrBash(root);
    }

    private static bool ShIsAshOrBash(ImageReference image)
    {
        var name = image.Name.ToLowerInvariant();
        var tagParts = image.Tag?.Text.ToLowerInvariant().Split('-', '.', '_') ?? [];
        if (name is "alpine" or "busybox" || tagParts.Any(p => p.StartsWith("alpine", StringComparison.Ordinal)))
        {
            return true;
        }

        return BashAsShFamilies.Contains(name)
            || tagParts.Any(p => BashAsShFamilies.Contains(p) || p.StartsWith("amazoncorretto", StringComparison.Ordinal) || p.StartsWith("ubi", StringComparison.Ordinal) && p.Length <= 5);
    }
}
