using System.Globalization;
using System.Text.RegularExpressions;

namespace DockOpt.MSBuild.Findings;

/// <summary>
/// Reads one line of <c>dotnet-dockopt check --format msbuild</c>:
/// <c>path(line,col,endLine,endCol): warning DOPT1001: message</c>, optionally ending in <c> [helpUri]</c>.
/// </summary>
internal static class CanonicalLine
{
    private static readonly Regex Pattern = new(
        @"^(?<file>.+?)\((?<line>\d+),(?<col>\d+),(?<endLine>\d+),(?<endCol>\d+)\): (?<severity>error|warning|info) (?<id>DOPT\d{4}): (?<message>.*?)(?: \[(?<help>https?://[^\s\]]+)\])?$",
        RegexOptions.CultureInvariant);

    public static Finding? TryParse(string line)
    {
        var match = Pattern.Match(line.TrimEnd('\r'));
        if (!match.Success)
        {
            return null;
        }

        int Number(string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

        var help = match.Groups["help"];
        return new Finding(
            match.Groups["file"].Value,
            match.Groups["severity"].Value,
            match.Groups["id"].Value,
            Number("line"),
            Number("col"),
            Number("endLine"),
            Number("endCol"),
            help.Success ? help.Value : null,
            match.Groups["message"].Value);
    }
}
