using System.Globalization;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Text;

namespace DockOpt.Core.Output;

/// <summary>
/// The GNU Coding Standards' error format, which Emacs' compilation mode, Vim's quickfix list and
/// many other tools read: <c>path:line.col-endLine.endCol: warning: message [DOPT1001]</c>, shortened
/// to <c>line.col-endCol</c> on one line and <c>line.col</c> for a single column. As the standard
/// asks, columns are screen columns: tabs stop every 8 columns and wide characters take two, and
/// the end column is the last column of the finding (inclusive), as GNU tools such as Bison print it.
/// </summary>
public static class GnuReportWriter
{
    public static void Write(TextWriter writer, Report report)
    {
        foreach (var file in report.Files)
        {
            foreach (var d in file.Diagnostics)
            {
                writer.Write(Format(file.DisplayPath, file.Result.Source, d));
                writer.Write('\n');
            }
        }
    }

    public static string Format(string path, SourceText source, Diagnostic d)
    {
        var kind = d.Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "note",
        };
        return $"{path}:{Range(source, d.Location)}: {kind}: {d.Message} [{d.Id}]";
    }

    /// <summary><c>line.col</c>, <c>line.col-endCol</c> or <c>line.col-endLine.endCol</c>, in screen columns, the end inclusive.</summary>
    internal static string Range(SourceText source, Location l)
    {
        var line = l.Line;
        var column = ScreenColumn(source, line, l.Column);
        var endLine = l.EndLine;
        var endColumn = l.EndColumn;
        if (endColumn <= 1 && endLine > line)
        {
            // A span that ends with a line break ends on the line before.
            endLine--;
            endColumn = LineText(source, endLine).Length + 1;
        }

        var lastColumn = ScreenColumn(source, endLine, endColumn) - 1;
        var start = Invariant($"{line}.{column}");
        if (endLine == line)
        {
            return lastColumn <= column ? start : Invariant($"{start}-{lastColumn}");
        }

        return Invariant($"{start}-{endLine}.{Math.Max(1, lastColumn)}");
    }

    /// <summary>The 1-based screen column at which the UTF-16 column <paramref name="column"/> of a line starts.</summary>
    internal static int ScreenColumn(SourceText source, int line, int column)
    {
        var text = LineText(source, line);
        var end = Math.Clamp(column - 1, 0, text.Length);
        var screen = 0;
        for (var i = 0; i < end; i++)
        {
            var c = text[i];
            if (c == '\t')
            {
                screen = ((screen / 8) + 1) * 8;
                continue;
            }

            var codePoint = (int)c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                codePoint = char.ConvertToUtf32(c, text[i + 1]);
                i++;
            }

            screen += Width(codePoint);
        }

        // A column past the end of the line (an insertion point after the last character) counts on.
        return screen + 1 + Math.Max(0, column - 1 - text.Length);
    }

    /// <summary>How many screen columns a character takes: 0 for combining marks and format characters, 2 for East Asian wide ones and emoji, else 1.</summary>
    private static int Width(int codePoint)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.Format:
                return 0;
        }

        return IsWide(codePoint) ? 2 : 1;
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or 0x2329 or 0x232A
            or (>= 0x2E80 and <= 0xA4CF and not 0x303F)
            or (>= 0xAC00 and <= 0xD7A3)
            or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE10 and <= 0xFE19)
            or (>= 0xFE30 and <= 0xFE6F)
            or (>= 0xFF00 and <= 0xFF60)
            or (>= 0xFFE0 and <= 0xFFE6)
            or (>= 0x1F300 and <= 0x1F64F)
            or (>= 0x1F900 and <= 0x1F9FF)
            or (>= 0x20000 and <= 0x3FFFD);

    private static string LineText(SourceText source, int line) =>
        line >= 1 && line <= source.LineCount ? source.GetLineText(line) : string.Empty;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
