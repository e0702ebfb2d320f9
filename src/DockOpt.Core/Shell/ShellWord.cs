namespace DockOpt.Core.Shell;

/// <summary>One word of a command line, such as <c>"--prefix=$HOME/.local"</c>.</summary>
public sealed class ShellWord
{
    internal ShellWord(
        string raw,
        string value,
        bool hasExpansion,
        bool hasGlob,
        int start,
        int end,
        WordOrigin origin,
        IReadOnlyList<Substitution>? substitutions)
    {
        Raw = raw;
        Value = value;
        HasExpansion = hasExpansion;
        HasGlob = hasGlob;
        Start = start;
        End = end;
        Origin = origin;
        Substitutions = substitutions ?? [];
    }

    /// <summary>
    /// The word exactly as written. For a word inside <c>sh -c "..."</c> or a backquoted substitution this is the text the
    /// inner shell sees (with the outer escapes removed); <see cref="Start"/> and <see cref="End"/> still point into the outer text.
    /// </summary>
    public string Raw { get; }

    /// <summary>The word with quotes removed and escapes resolved; expansions (<c>$X</c>, <c>${X}</c>, <c>$(...)</c>) are left as written.</summary>
    public string Value { get; }

    /// <summary>Whether the word contains an unquoted or double-quoted <c>$...</c> or backquote expansion, so its runtime value is unknown.</summary>
    public bool HasExpansion { get; }

    public bool IsLiteral => !HasExpansion;

    /// <summary>Whether the word contains an unquoted <c>*</c>, <c>?</c> or <c>[...]</c> pattern.</summary>
    public bool HasGlob { get; }

    public int Start { get; }

    /// <summary>Exclusive end offset.</summary>
    public int End { get; }

    internal WordOrigin Origin { get; }

    /// <summary>Command substitutions directly inside this word, in the coordinates of <see cref="WordOrigin.Source"/>.</summary>
    internal IReadOnlyList<Substitution> Substitutions { get; }

    /// <summary>Splits an assignment word such as <c>DEBIAN_FRONTEND=noninteractive</c> into name and (unquoted) value.</summary>
    public bool TryGetAssignment(out string name, out string value)
    {
        int nameLength = AssignmentNameLength(Raw);
        if (nameLength < 0)
        {
            name = value = string.Empty;
            return false;
        }

        // The name is unquoted, so it is the same in Raw and Value; the '=' (or '+=') follows it in both.
        name = Raw[..nameLength];
        int equals = Value.IndexOf('=', nameLength);
        value = equals < 0 ? string.Empty : Value[(equals + 1)..];
        return true;
    }

    public override string ToString() => Raw;

    /// <summary>Whether <paramref name="raw"/> starts with <c>NAME=</c> or <c>NAME+=</c>, which makes it an assignment before a command name.</summary>
    internal static bool IsAssignment(string raw) => AssignmentNameLength(raw) >= 0;

    private static int AssignmentNameLength(string raw)
    {
        if (raw.Length == 0 || !IsNameStart(raw[0]))
        {
            return -1;
        }

        int i = 1;
        while (i < raw.Length && IsNameChar(raw[i]))
        {
            i++;
        }

        int nameLength = i;
        if (i < raw.Length && raw[i] == '+')
        {
            i++;
        }

        return i < raw.Length && raw[i] == '=' ? nameLength : -1;
    }

    internal static bool IsNameStart(char c) => char.IsAsciiLetter(c) || c == '_';

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}

/// <summary>Where a word was read from, in the text the parser was reading at the time (which may be a derived text).</summary>
internal readonly record struct WordOrigin(ShellSource Source, int Start, int End);

/// <summary>The body of a <c>$(...)</c>, <c>&lt;(...)</c> or backquoted command substitution.</summary>
internal readonly record struct Substitution(int ContentStart, int ContentEnd, bool IsBackquoted, bool InDoubleQuotes);
