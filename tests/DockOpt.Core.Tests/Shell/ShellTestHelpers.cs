using DockOpt.Core.Shell;

namespace DockOpt.Core.Tests.Shell;

internal static class ShellTestHelpers
{
    /// <summary>Parses text that must be valid shell.</summary>
    public static ShellScript ParseValid(string text)
    {
        var script = ShellParser.Parse(text);
        script.Errors.Should().BeEmpty();
        return script;
    }

    /// <summary>The one command of a valid one-command text.</summary>
    public static ShellCommand Single(string text) => ParseValid(text).Commands.Should().ContainSingle().Subject;

    /// <summary>The first command running <paramref name="program"/>.</summary>
    public static ShellCommand Find(this ShellScript script, string program) => script.Commands.First(c => c.Program == program);

    public static string[] Values(this IEnumerable<ShellWord> words) => words.Select(w => w.Value).ToArray();

    public static string[] Programs(this ShellScript script) => script.Commands.Select(c => c.Program).ToArray();

    /// <summary>The text a span covers.</summary>
    public static string Slice(this ShellScript script, int start, int end) => script.Text[start..end];
}
