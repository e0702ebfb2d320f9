using DockOpt.Core.Shell;

namespace DockOpt.Core.Analysis;

/// <summary>Recognises commands that fetch something over the network and what they do with it.</summary>
public static class Downloads
{
    /// <summary>True for <c>curl</c> or <c>wget</c> writing the fetched body to standard output: <c>curl -fsSL URL</c>, <c>wget -qO- URL</c>.</summary>
    public static bool WritesToStdout(ShellCommand command)
    {
        switch (command.Program)
        {
            case "curl":
                var curl = command.ParseArguments(KnownOptions.Curl);
                return !curl.Has("-O", "--remote-name", "--remote-name-all", "-J")
                    && curl.Values("-o", "--output").All(v => v == "-");
            case "wget":
                var wget = command.ParseArguments(KnownOptions.Wget);
                return wget.Values("-O", "--output-document").Any(v => v == "-");
            default:
                return false;
        }
    }

    /// <summary>Whether this command, or one that feeds it through a pipe, is a download written to standard output.</summary>
    public static ShellCommand? DownloadFeeding(ShellCommand command)
    {
        for (var source = command.PipedFrom; source is not null; source = source.PipedFrom)
        {
            if (WritesToStdout(source))
            {
                return source;
            }
        }

        return null;
    }

    /// <summary>
    /// True when the command runs a program it reads from standard input: a shell without <c>-c</c>
    /// (<c>sh</c>, <c>bash -s -- -y</c>, <c>bash -</c>) or an interpreter without a script or inline code
    /// (<c>python3</c>, <c>php -- --install-dir=x</c>).
    /// </summary>
    public static bool RunsScriptFromStdin(ShellCommand command)
    {
        var program = command.Program;
        string[] inline;
        if (ProgramNames.IsShell(program))
        {
            inline = ["-c"];
        }
        else if (ProgramNames.IsPython(program))
        {
            inline = ["-c", "-m"];
        }
        else
        {
            inline = program switch
            {
                "perl" => ["-e", "-E"],
                "ruby" => ["-e"],
                "node" or "nodejs" => ["-e", "--eval", "-p", "--print"],
                "php" => ["-r", "-f"],
                _ => [],
            };
            if (inline.Length == 0)
            {
                return false;
            }
        }

        var shell = ProgramNames.IsShell(program);
        var args = command.Arguments;
        for (var i = 0; i < args.Count; i++)
        {
            var value = args[i].Value;
            if (value is "-" or "/dev/stdin" or "--")
            {
                return true;
            }

            if (value.Length < 2 || value[0] is not ('-' or '+'))
            {
                // The first operand is a script file.
                return false;
            }

            if (value.StartsWith("--", StringComparison.Ordinal))
            {
                if (inline.Contains(value))
                {
                    return false;
                }

                continue;
            }

            var letters = value[1..];
            if (value[0] == '-' && inline.Any(o => o.Length == 2 && letters.Contains(o[1])))
            {
                return false;
            }

            if (shell && value[0] == '-' && letters.Contains('s'))
            {
                return true;
            }

            if (shell && letters.EndsWith('o'))
            {
                i++; // -o pipefail, -eo pipefail
            }
        }

        return true;
    }
}
