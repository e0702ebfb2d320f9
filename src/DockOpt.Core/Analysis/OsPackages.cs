using DockOpt.Core.Shell;

namespace DockOpt.Core.Analysis;

/// <summary>A package named on an OS package manager's install line, with its version pin split off.</summary>
public sealed record OsPackage(ShellWord Word, string Name, string? Version);

/// <summary>An install by an OS package manager: <c>apt-get install</c>, <c>apk add</c>, <c>dnf install</c>...</summary>
public sealed record OsPackageInstall(ShellCommand Command, string Manager, CommandLineView View, IReadOnlyList<OsPackage> Packages);

/// <summary>Reads OS package-manager commands: which packages an install names, and which commands update or remove.</summary>
public static class OsPackages
{
    public static bool IsApt(ShellCommand command) => command.Program is "apt-get" or "apt";

    public static bool IsAptUpdate(ShellCommand command) =>
        IsApt(command) && CommandLineView.Parse(command.Arguments, KnownOptions.AptGet).Subcommand == "update";

    public static bool IsAptInstall(ShellCommand command) =>
        IsApt(command) && CommandLineView.Parse(command.Arguments, KnownOptions.AptGet).Subcommand == "install";

    /// <summary>The packages an install command names; null when the command is not an install.</summary>
    public static OsPackageInstall? AsInstall(ShellCommand command)
    {
        switch (command.Program)
        {
            case "apt-get" or "apt":
                return Read(command, "apt", KnownOptions.AptGet, ["install"], '=');
            case "apk":
                return Read(command, "apk", KnownOptions.Apk, ["add"], '=', '~', '<', '>');
            case "dnf" or "yum" or "microdnf" or "tdnf":
                return Read(command, command.Program, DnfOptions, ["install"], null);
            case "zypper":
                return Read(command, "zypper", ZypperOptions, ["install", "in"], '=', '<', '>');
            default:
                return null;
        }
    }

    /// <summary>A command that removes packages: an install followed by one of these in the same RUN leaves nothing behind.</summary>
    public static bool IsRemoval(ShellCommand command)
    {
        var subcommand = command.Program switch
        {
            "apt-get" or "apt" => CommandLineView.Parse(command.Arguments, KnownOptions.AptGet).Subcommand,
            "apk" => CommandLineView.Parse(command.Arguments, KnownOptions.Apk).Subcommand,
            "dnf" or "yum" or "microdnf" or "tdnf" or "zypper" => CommandLineView.Parse(command.Arguments, DnfOptions).Subcommand,
            _ => null,
        };
        return subcommand is "purge" or "remove" or "autoremove" or "del" or "erase" or "rm";
    }

    private static readonly string[] DnfOptions = ["--setopt", "--releasever", "--installroot", "-x", "--exclude", "--enablerepo", "--disablerepo", "--repo"];
    private static readonly string[] ZypperOptions = ["-r", "--repo", "--from"];

    private static OsPackageInstall? Read(ShellCommand command, string manager, IEnumerable<string> optionsWithValue, string[] subcommands, params char[]? versionSeparators)
    {
        var view = CommandLineView.Parse(command.Arguments, optionsWithValue);
        if (view.Subcommand is null || !subcommands.Contains(view.Subcommand))
        {
            return null;
        }

        var packages = new List<OsPackage>();
        foreach (var word in view.Positionals.Skip(1))
        {
            var value = word.Value;
            var cut = versionSeparators is null ? -1 : value.IndexOfAny(versionSeparators);
            packages.Add(cut > 0 ? new OsPackage(word, value[..cut], value[(cut + 1)..]) : new OsPackage(word, value, null));
        }

        return new OsPackageInstall(command, manager, view, packages);
    }
}
