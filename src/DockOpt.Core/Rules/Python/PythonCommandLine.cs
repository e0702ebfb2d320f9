using DockOpt.Core.Shell;

namespace DockOpt.Core.Rules.Python;

/// <summary>
/// A Python program as a command line starts it: <c>flask run</c>, <c>python -m flask run</c>, <c>python manage.py
/// runserver</c>. <see cref="Program"/> is the module or tool name (<c>flask</c>, <c>uvicorn</c>, <c>manage.py</c>),
/// <see cref="Arguments"/> the words after it.
/// </summary>
internal sealed record PythonCommandLine(string Program, IReadOnlyList<ShellWord> Words, int ProgramIndex)
{
    public IReadOnlyList<ShellWord> Arguments => Words.Skip(ProgramIndex + 1).ToList();

    /// <summary>The first argument that is not an option (the subcommand of <c>flask run</c>).</summary>
    public ShellWord? FirstPositional => Arguments.FirstOrDefault(w => !w.Value.StartsWith('-'));

    public ShellWord? Option(string name) => Arguments.FirstOrDefault(w => w.Value == name || w.Value.StartsWith(name + "=", StringComparison.Ordinal));

    public static PythonCommandLine? Read(IReadOnlyList<ShellWord> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var name = ProgramNames.Basename(words[0].Value);
        if (!ProgramNames.IsPython(name))
        {
            return new PythonCommandLine(name, words, 0);
        }

        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (word == "-m" && i + 1 < words.Count)
            {
                return new PythonCommandLine(words[i + 1].Value, words, i + 1);
            }

            if (word.StartsWith("-m", StringComparison.Ordinal) && word.Length > 2)
            {
                return new PythonCommandLine(word[2..], words, i);
            }

            if (word == "-c")
            {
                return null;
            }

            if (!word.StartsWith('-'))
            {
                return new PythonCommandLine(ProgramNames.Basename(word), words, i);
            }
        }

        return null;
    }
}
