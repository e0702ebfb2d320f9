namespace DockOpt.Core.Configuration;

/// <summary>A <c>key = value</c> line of an EditorConfig file; keys compare case-insensitively.</summary>
internal sealed record EditorConfigProperty(string Key, string Value, int Line);

/// <summary>A <c>[glob]</c> section and its properties, in file order.</summary>
internal sealed record EditorConfigSection(EditorConfigGlob Glob, int Line, IReadOnlyList<EditorConfigProperty> Properties);

/// <summary>
/// One EditorConfig file, read the way editors and Roslyn read it: <c>#</c> and <c>;</c> start a
/// comment line (and an inline comment when a blank precedes them), <c>[glob]</c> opens a section,
/// <c>key = value</c> (or <c>key: value</c>) sets a property. The properties before the first section
/// are the preamble, where <c>root = true</c> stops the search upward. A line that is none of these
/// is malformed and stops the run.
/// </summary>
internal sealed class EditorConfigFile
{
    public const string FileName = ".editorconfig";

    private EditorConfigFile(string path, bool isRoot, IReadOnlyList<EditorConfigProperty> preamble, IReadOnlyList<EditorConfigSection> sections)
    {
        Path = path;
        Directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) ?? string.Empty;
        IsRoot = isRoot;
        Preamble = preamble;
        Sections = sections;
    }

    public string Path { get; }

    /// <summary>The folder section names with a slash are relative to.</summary>
    public string Directory { get; }

    public bool IsRoot { get; }

    public IReadOnlyList<EditorConfigProperty> Preamble { get; }

    public IReadOnlyList<EditorConfigSection> Sections { get; }

    public static EditorConfigFile Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new ConfigurationException(path, 0, $"cannot read the file: {e.Message}", e);
        }

        return Parse(text, path);
    }

    public static EditorConfigFile Parse(string text, string path)
    {
        var preamble = new List<EditorConfigProperty>();
        var sections = new List<EditorConfigSection>();
        List<EditorConfigProperty> current = preamble;
        var lines = text.TrimStart('\uFEFF').Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                var glob = ReadSectionName(line) ?? throw new ConfigurationException(path, number, $"malformed section header '{line}'");
                current = new List<EditorConfigProperty>();
                sections.Add(new EditorConfigSection(EditorConfigGlob.Parse(glob), number, current));
                continue;
            }

            var separator = line.IndexOfAny(['=', ':']);
            if (separator <= 0 || line[..separator].Trim().Length == 0)
            {
                throw new ConfigurationException(path, number, $"malformed line '{line}': expected 'key = value', '[section]' or a comment");
            }

            current.Add(new EditorConfigProperty(line[..separator].Trim(), StripInlineComment(line[(separator + 1)..]).Trim(), number));
        }

        var isRoot = preamble.LastOrDefault(p => p.Key.Equals("root", StringComparison.OrdinalIgnoreCase)) is { } root
            && root.Value.Equals("true", StringComparison.OrdinalIgnoreCase);
        return new EditorConfigFile(path, isRoot, preamble, sections);
    }

    /// <summary>The properties of the sections matching <paramref name="fullPath"/>, in file order (later ones win).</summary>
    public IEnumerable<EditorConfigProperty> PropertiesFor(string fullPath)
    {
        var relative = System.IO.Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        return Sections.Where(s => s.Glob.IsMatch(relative)).SelectMany(s => s.Properties);
    }

    /// <summary>The text between the brackets; null when the line is not <c>[name]</c> followed by nothing but a comment.</summary>
    private static string? ReadSectionName(string line)
    {
        for (var close = line.Length - 1; close > 0; close--)
        {
            if (line[close] != ']')
            {
                continue;
            }

            var rest = line[(close + 1)..].Trim();
            if (rest.Length == 0 || rest[0] is '#' or ';')
            {
                var name = line[1..close];
                return name.Length == 0 ? null : name;
            }
        }

        return null;
    }

    private static string StripInlineComment(string value)
    {
        for (var i = 1; i < value.Length; i++)
        {
            if (value[i] is '#' or ';' && value[i - 1] is ' ' or '\t')
            {
                return value[..i];
            }
        }

        return value;
    }
}
