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

    /// <summary>
    /// True when a later command of the same RUN removes <paramref name="package"/> of <paramref name="install"/> again:
    /// <c>apt-get purge NAME</c>, <c>apk del NAME</c>, <c>dnf remove NAME</c>, or <c>apk del</c> of the virtual group
    /// the install put it in (<c>apk add --virtual .build-deps gcc ... &amp;&amp; apk del .build-deps</c>). An autoremove
    /// that names nothing removes only what was installed as a dependency, never a package asked for by name.
    /// </summary>
    public static bool RemovedLater(RunScript script, OsPackageInstall install, string package)
    {
        var group = install.Manager == "apk" ? install.View.Values("-t", "--virtual").LastOrDefault() : null;
        return script.Commands.Any(c => c.Start > install.Command.Start && RemovedNames(c) is { } names
            && (names.Contains(package) || (group is not null && names.Contains(group))))
            || (install.Manager == "apt" && MarkedAutoThenAutoremoved(script, install.Command));
    }

    /// <summary>
    /// The official images' idiom: <c>savedAptMark="$(apt-mark showmanual)"; apt-get install ...; apt-mark auto '.*';
    /// apt-mark manual $savedAptMark; apt-get purge -y --auto-remove</c>. Everything installed in between is marked
    /// automatic, so the autoremove takes it away again.
    /// </summary>
    private static bool MarkedAutoThenAutoremoved(RunScript script, ShellCommand install)
    {
        var markedAuto = script.Commands.FirstOrDefault(c => c.Start > install.Start && c.Program == "apt-mark"
            && CommandLineView.Parse(c.Arguments).Subcommand == "auto");
        return markedAuto is not null && script.Commands.Any(c => c.Start > markedAuto.Start && IsApt(c)
            && CommandLineView.Parse(c.Arguments, KnownOptions.AptGet) is var view
            && (view.Subcommand == "autoremove" || (view.Subcommand is "purge" or "remove" && view.Has("--auto-remove", "--autoremove"))));
    }

    /// <summary>The package names a removal command names, or null when it is no removal.</summary>
    private static HashSet<string>? RemovedNames(ShellCommand command)
    {
        var view = command.Program switch
        {
            "apt-get" or "apt" => CommandLineView.Parse(command.Arguments, KnownOptions.AptGet),
            "apk" => CommandLineView.Parse(command.Arguments, KnownOptions.Apk),
            "dnf" or "yum" or "microdnf" or "tdnf" or "zypper" => CommandLineView.Parse(command.Arguments, DnfOptions),
            _ => null,
        };
        return view?.Subcommand is "purge" or "remove" or "autoremove" or "del" or "erase" or "rm"
            ? view.Positionals.Skip(1).Select(p => p.Value).ToHashSet(StringComparer.Ordinal)
            : null;
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
