using System.Globalization;
using System.Text;

namespace DockOpt.MSBuild.Findings;

/// <summary>
/// The findings of the last analysis, kept in the intermediate folder so that a build with nothing
/// changed logs them again without analysing. One line per record, tab-separated, escaped:
/// <code>
/// dockopt-findings  2  FINGERPRINT
/// file     PATH  BUILDCONTEXT  SHA256
/// read     PATH  STATE                  (a path of the context the analysis looked at)
/// finding  FILE  SEVERITY  ID  LINE  COLUMN  ENDLINE  ENDCOLUMN  HELPURI  MESSAGE
/// </code>
/// The fingerprint covers what besides a file's bytes changes its findings (settings, configuration
/// files, task version); a file whose hash, context, context reads and fingerprint match is not analysed again.
/// </summary>
internal sealed class FindingsCache
{
    private const string Header = "dockopt-findings";
    private const string FormatVersion = "2";
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly Dictionary<string, FileFindings> _byPath;

    public FindingsCache(string fingerprint, IReadOnlyList<FileFindings> files)
    {
        Fingerprint = fingerprint;
        Files = files;
        _byPath = new Dictionary<string, FileFindings>(PathComparer);
        foreach (var file in files)
        {
            _byPath[file.Path] = file;
        }
    }

    /// <summary>Paths compare as the file system does: without case on Windows and macOS' default, with it on Linux.</summary>
    public static StringComparer PathComparer { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public string Fingerprint { get; }

    public IReadOnlyList<FileFindings> Files { get; }

    public int FindingCount => Files.Sum(f => f.Findings.Count);

    /// <summary>The cached findings of a file analysed with the same bytes, context and fingerprint, if any.</summary>
    public FileFindings? Reusable(string fingerprint, string path, string buildContext, string contentHash) =>
        fingerprint == Fingerprint
        && _byPath.TryGetValue(path, out var cached)
        && cached.ContentHash == contentHash
        && PathComparer.Equals(cached.BuildContext, buildContext)
        && cached.ContextUnchanged
            ? cached
            : null;

    /// <summary>True when a path of a build context that some analysis looked at has changed since.</summary>
    public bool ContextChanged => Files.Any(f => !f.ContextUnchanged);

    public void Write(string path)
    {
        var text = new StringBuilder();
        AppendLine(text, Header, FormatVersion, Fingerprint);
        foreach (var file in Files)
        {
            AppendLine(text, "file", file.Path, file.BuildContext, file.ContentHash);
            foreach (var read in file.Reads)
            {
                AppendLine(text, "read", read.Path, read.State);
            }

            foreach (var f in file.Findings)
            {
                AppendLine(text, "finding", f.File, f.Severity, f.Id, Number(f.Line), Number(f.Column), Number(f.EndLine), Number(f.EndColumn), f.HelpUri ?? string.Empty, f.Message);
            }
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);

        // Always written, even when unchanged: its time stamp is what keeps the target up to date.
        File.WriteAllText(path, text.ToString(), Utf8);
    }

    /// <summary>Reads a cache file; null when it is missing. Throws <see cref="InvalidDataException"/> when it is not one.</summary>
    public static FindingsCache? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllText(path, Utf8).Split('\n');
        var header = Fields(lines[0]);
        if (header.Length != 3 || header[0] != Header || header[1] != FormatVersion)
        {
            throw new InvalidDataException($"'{path}' is not a dockopt findings cache of format {FormatVersion}");
        }

        var files = new List<FileFindings>();
        string? currentPath = null, currentContext = null, currentHash = null;
        var findings = new List<Finding>();
        var reads = new List<ContextRead>();
        void Flush()
        {
            if (currentPath is not null)
            {
                files.Add(new FileFindings(currentPath, currentContext!, currentHash!, findings, reads));
            }

            findings = new List<Finding>();
            reads = new List<ContextRead>();
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = Fields(lines[i]);
            if (fields[0] == "file" && fields.Length == 4)
            {
                Flush();
                currentPath = fields[1];
                currentContext = fields[2];
                currentHash = fields[3];
            }
            else if (fields[0] == "read" && fields.Length == 3 && currentPath is not null)
            {
                reads.Add(new ContextRead(fields[1], fields[2]));
            }
            else if (fields[0] == "finding" && fields.Length == 10 && currentPath is not null)
            {
                findings.Add(new Finding(fields[1], fields[2], fields[3], Parse(fields[4]), Parse(fields[5]), Parse(fields[6]), Parse(fields[7]), fields[8], fields[9]));
            }
            else
            {
                throw new InvalidDataException($"'{path}' line {i + 1} is not a dockopt findings record");
            }
        }

        Flush();
        return new FindingsCache(header[2], files);
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static int Parse(string value) => int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static void AppendLine(StringBuilder text, params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                text.Append('\t');
            }

            foreach (var c in fields[i])
            {
                switch (c)
                {
                    case '\\': text.Append("\\\\"); break;
                    case '\t': text.Append("\\t"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    default: text.Append(c); break;
                }
            }
        }

        text.Append('\n');
    }

    private static string[] Fields(string line)
    {
        var fields = line.Split('\t');
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Unescape(fields[i]);
        }

        return fields;
    }

    private static string Unescape(string field)
    {
        if (field.IndexOf('\\') < 0)
        {
            return field;
        }

        var text = new StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && i + 1 < field.Length)
            {
                i++;
                text.Append(field[i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', _ => field[i] });
            }
            else
            {
                text.Append(field[i]);
            }
        }

        return text.ToString();
    }
}
