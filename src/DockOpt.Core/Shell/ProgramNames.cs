namespace DockOpt.Core.Shell;

/// <summary>Recognises families of program names (<c>pip3.11</c> is a pip).</summary>
public static class ProgramNames
{
    /// <summary>The part after the last <c>/</c>: <c>/usr/local/bin/pip3</c> is <c>pip3</c>.</summary>
    public static string Basename(string path)
    {
        int slash = path.LastIndexOf('/');
        return slash >= 0 && slash < path.Length - 1 ? path[(slash + 1)..] : path;
    }

    /// <summary><c>pip</c>, <c>pip3</c>, <c>pip3.11</c> (also as a path).</summary>
    public static bool IsPip(string program) => IsVersioned(Basename(program), "pip");

    /// <summary><c>python</c>, <c>python3</c>, <c>python3.11</c> (also as a path).</summary>
    public static bool IsPython(string program) => IsVersioned(Basename(program), "python");

    /// <summary><c>apt-get</c> or <c>apt</c>.</summary>
    public static bool IsApt(string program) => Basename(program) is "apt-get" or "apt";

    /// <summary>A POSIX-like shell that accepts <c>-c STRING</c>: sh, bash, dash, ash, zsh, ksh, mksh.</summary>
    public static bool IsShell(string program) => Basename(program) is "sh" or "bash" or "dash" or "ash" or "zsh" or "ksh" or "mksh";

    /// <summary>Whether <paramref name="name"/> is <paramref name="stem"/> followed by nothing, <c>N</c> or <c>N.N</c>.</summary>
    private static bool IsVersioned(string name, string stem)
    {
        if (!name.StartsWith(stem, StringComparison.Ordinal))
        {
            return false;
        }

        var version = name.AsSpan(stem.Length);
        if (version.IsEmpty)
        {
            return true;
        }

        int dot = version.IndexOf('.');
        var major = dot < 0 ? version : version[..dot];
        var minor = dot < 0 ? ReadOnlySpan<char>.Empty : version[(dot + 1)..];
        return IsDigits(major) && (dot < 0 || IsDigits(minor));
    }

    private static bool IsDigits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExcept("0123456789");
}
