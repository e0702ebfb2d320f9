using System.Collections.Frozen;

namespace DockOpt.Core.Shell;

/// <summary>
/// Finds the command a wrapper runs: <c>apt-get</c> in <c>sudo -E env DEBIAN_FRONTEND=noninteractive apt-get ...</c>,
/// and the script string of <c>sh -c '...'</c>.
/// </summary>
internal static class CommandUnwrapper
{
    private static readonly FrozenDictionary<string, WrapperSpec> Wrappers = new WrapperSpec[]
    {
        new("sudo", Options("-u", "--user", "-g", "--group", "-C", "--close-from", "-D", "--chdir", "-p", "--prompt",
                "-r", "--role", "-t", "--type", "-U", "--other-user", "-T", "--command-timeout", "-R", "--chroot", "--host"),
            AcceptsAssignments: true,
            NotRunning: Options("-l", "--list", "-v", "--validate", "-K", "--remove-timestamp", "-e", "--edit", "-V", "--version")),
        new("env", Options("-u", "--unset", "-C", "--chdir"),
            AcceptsAssignments: true,
            NotRunning: Options("-S", "--split-string")), // the command is inside a string to split; not unwrapped
        new("nohup", Options()),
        new("time", Options("-f", "--format", "-o", "--output")),
        new("exec", Options("-a")),
        new("command", Options(), NotRunning: Options("-v", "-V")), // command -v only looks the program up
        new("nice", Options("-n", "--adjustment")),
        new("ionice", Options("-c", "--class", "-n", "--classdata"), NotRunning: Options("-p", "--pid", "-P", "--pgid", "-u", "--uid")),
        new("xargs", Options("-a", "--arg-file", "-d", "--delimiter", "-E", "-I", "-L", "-n", "--max-args", "-P", "--max-procs",
            "-s", "--max-chars", "--process-slot-var")),
        new("eatmydata", Options()),
        new("setsid", Options()),
        new("stdbuf", Options("-i", "-o", "-e", "--input", "--output", "--error")),
        new("timeout", Options("-k", "--kill-after", "-s", "--signal"), LeadingOperands: 1), // timeout 10 cmd
        new("gosu", Options(), LeadingOperands: 1), // gosu user cmd
        new("su-exec", Options(), LeadingOperands: 1),
        new("busybox", Options()), // busybox wget ...: the next word is the applet
    }.ToFrozenDictionary(w => w.Name, StringComparer.Ordinal);

    /// <summary>
    /// Creates the commands that <paramref name="command"/> runs through wrappers, hands each to <paramref name="add"/>
    /// (wrapper first), and returns the innermost one, or <paramref name="command"/> itself.
    /// <paramref name="script"/> is the string of <c>sh -c STRING</c> if the innermost command is such a shell.
    /// </summary>
    public static ShellCommand Unwrap(ShellCommand command, Action<ShellCommand> add, out ShellWord? script)
    {
        var current = command;

        // Each step consumes at least the wrapper's own word, so this ends; it is a loop so that
        // 'nohup nohup nohup ...' cannot recurse.
        while (true)
        {
            script = FindShellScript(current);
            if (script is not null ||
                !Wrappers.TryGetValue(current.Program, out var wrapper) ||
                current.Words[0].HasExpansion ||
                !wrapper.TryFindCommand(current.Words, out int commandIndex, out var assignments))
            {
                return current;
            }

            current = current.CreateWrapped(commandIndex, assignments);
            add(current);
        }
    }

    /// <summary>The STRING of <c>sh [options] -c STRING [name [args]]</c>, also bash/dash/ash/zsh and <c>-ec</c>-style clusters.</summary>
    internal static ShellWord? FindShellScript(ShellCommand command)
    {
        if (!ProgramNames.IsShell(command.Program) || command.Words[0].HasExpansion)
        {
            return null;
        }

        var words = command.Words;
        bool hasC = false;
        for (int i = 1; i < words.Count; i++)
        {
            string word = words[i].Value;
            if (word is "--" or "-")
            {
                return hasC && i + 1 < words.Count ? words[i + 1] : null;
            }

            if (word.StartsWith("--", StringComparison.Ordinal))
            {
                i += word is "--rcfile" or "--init-file" ? 1 : 0;
                continue;
            }

            if (word.Length > 1 && word[0] is '-' or '+')
            {
                // -c is a flag: the string is the first operand. -o/-O take the next word (bash -eo pipefail -c ...).
                hasC |= word[0] == '-' && word.Contains('c');
                i += word.AsSpan(1).IndexOfAny('o', 'O') >= 0 ? 1 : 0;
                continue;
            }

            return hasC ? words[i] : null;
        }

        return null;
    }

    private static FrozenSet<string> Options(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);

    /// <param name="AcceptsAssignments">NAME=value words may follow the options (env, sudo); they become the command's assignments.</param>
    /// <param name="LeadingOperands">Operands before the command (timeout's duration, gosu's user).</param>
    /// <param name="NotRunning">Options with which the wrapper does not run the command that follows.</param>
    private sealed record WrapperSpec(
        string Name,
        FrozenSet<string> OptionsWithValue,
        bool AcceptsAssignments = false,
        int LeadingOperands = 0,
        FrozenSet<string>? NotRunning = null)
    {
        public bool TryFindCommand(IReadOnlyList<ShellWord> words, out int commandIndex, out IReadOnlyList<ShellWord> assignments)
        {
            commandIndex = -1;
            assignments = [];
            var options = new List<ShellOption>();
            int i = 1;
            while (i < words.Count)
            {
                string word = words[i].Value;
                if (word == "--")
                {
                    i++;
                    break;
                }

                if (word == "-" && Name == "env")
                {
                    i++; // 'env -' is 'env -i'
                    continue;
                }

                if (!OptionSyntax.IsOption(word))
                {
                    break;
                }

                i += OptionSyntax.Read(words, i, OptionsWithValue, options);
            }

            if (NotRunning is not null && options.Any(o => NotRunning.Contains(o.Name)))
            {
                return false;
            }

            var found = new List<ShellWord>();
            while (AcceptsAssignments && i < words.Count && ShellWord.IsAssignment(words[i].Raw))
            {
                found.Add(words[i++]);
            }

            i += LeadingOperands;
            if (i >= words.Count)
            {
                return false;
            }

            commandIndex = i;
            assignments = found;
            return true;
        }
    }
}
