namespace DockOpt.Core.Configuration;

/// <summary>
/// Finds and reads the configuration of each Dockerfile, caching the files it reads (one instance
/// serves a whole run). From the weakest to the strongest layer:
/// <list type="number">
/// <item>a <c>.hadolint.yaml</c> or <c>.hadolint.yml</c> found upward, only when no <c>.editorconfig</c> in the chain has a dockopt key and no <see cref="ConfigFile"/> is given;</item>
/// <item>the <c>.editorconfig</c> files found upward from the Dockerfile's folder (stopping at <c>root = true</c>), the farthest first, the sections of each matching the Dockerfile's path in file order;</item>
/// <item><see cref="ConfigFile"/>, an EditorConfig-format file whose sections match the same way and whose lines before any section apply to every file.</item>
/// </list>
/// The host's own options (the command line's <c>--select</c>/<c>--ignore</c>) are stronger still.
/// Throws <see cref="ConfigurationException"/> for a file that cannot be read or used.
/// </summary>
public sealed class ConfigurationProvider
{
    private readonly object _gate = new();
    private readonly Dictionary<string, EditorConfigFile?> _editorConfigs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HadolintConfig?> _hadolintConfigs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileConfiguration> _resolved = new(StringComparer.Ordinal);
    private readonly EditorConfigFile? _configFile;

    /// <param name="configFile">An EditorConfig-format file applied after the ones found (<c>--config</c>); read now.</param>
    /// <param name="readEditorConfig">Look for <c>.editorconfig</c> files above each Dockerfile.</param>
    /// <param name="readHadolintConfig">Honour a <c>.hadolint.yaml</c> when there is no dockopt configuration.</param>
    public ConfigurationProvider(string? configFile = null, bool readEditorConfig = true, bool readHadolintConfig = true)
    {
        ConfigFile = configFile;
        ReadsEditorConfig = readEditorConfig;
        ReadsHadolintConfig = readHadolintConfig;
        if (configFile is not null)
        {
            if (!File.Exists(configFile))
            {
                throw new ConfigurationException(configFile, 0, "the configuration file does not exist");
            }

            _configFile = LoadValidated(configFile);
        }
    }

    public string? ConfigFile { get; }

    public bool ReadsEditorConfig { get; }

    public bool ReadsHadolintConfig { get; }

    /// <summary>
    /// The configuration of the Dockerfile at <paramref name="dockerfilePath"/>. Standard input (a null
    /// path or <c>&lt;stdin&gt;</c>) is configured as a file named <c>Dockerfile</c> in the current folder.
    /// </summary>
    public FileConfiguration Resolve(string? dockerfilePath)
    {
        var fullPath = dockerfilePath is null or "<stdin>"
            ? Path.Combine(Directory.GetCurrentDirectory(), "Dockerfile")
            : Path.GetFullPath(dockerfilePath);
        lock (_gate)
        {
            if (!_resolved.TryGetValue(fullPath, out var configuration))
            {
                configuration = Build(fullPath);
                _resolved[fullPath] = configuration;
            }

            return configuration;
        }
    }

    private FileConfiguration Build(string fullPath)
    {
        var directory = Path.GetDirectoryName(fullPath) ?? fullPath;
        var chain = new List<EditorConfigFile>();
        if (ReadsEditorConfig)
        {
            for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
            {
                if (EditorConfigIn(dir.FullName) is { } file)
                {
                    chain.Add(file);
                    if (file.IsRoot)
                    {
                        break;
                    }
                }
            }

            chain.Reverse();
        }

        var builder = new FileConfigurationBuilder();
        var configuresDockOpt = _configFile is not null || chain.Any(ConfiguresDockOpt);
        if (!configuresDockOpt && ReadsHadolintConfig && HadolintConfigFor(directory) is { } hadolint)
        {
            builder.ApplyHadolint(hadolint);
        }

        foreach (var file in chain)
        {
            builder.ApplyEditorConfig(file.Path, file.PropertiesFor(fullPath));
        }

        if (_configFile is not null)
        {
            builder.ApplyEditorConfig(_configFile.Path, _configFile.Preamble.Concat(_configFile.PropertiesFor(fullPath)));
        }

        return builder.Build();
    }

    /// <summary>True when a file sets anything for dockopt, in any section: then hadolint's configuration is no longer read.</summary>
    private static bool ConfiguresDockOpt(EditorConfigFile file) => file.Preamble
        .Concat(file.Sections.SelectMany(s => s.Properties))
        .Any(p => DockOptKeys.Classify(p.Key).Kind != DockOptKeyKind.None);

    private EditorConfigFile? EditorConfigIn(string directory)
    {
        if (!_editorConfigs.TryGetValue(directory, out var file))
        {
            var path = Path.Combine(directory, EditorConfigFile.FileName);
            file = File.Exists(path) ? LoadValidated(path) : null;
            _editorConfigs[directory] = file;
        }

        return file;
    }

    private HadolintConfig? HadolintConfigFor(string directory)
    {
        var path = HadolintConfig.Find(directory);
        if (path is null)
        {
            return null;
        }

        if (!_hadolintConfigs.TryGetValue(path, out var config))
        {
            config = HadolintConfig.Load(path);
            _hadolintConfigs[path] = config;
        }

        return config;
    }

    /// <summary>Reads a file and checks every dockopt value in it, wherever it is: a typo fails even in a section that matches nothing yet.</summary>
    private static EditorConfigFile LoadValidated(string path)
    {
        var file = EditorConfigFile.Load(path);
        foreach (var property in file.Preamble.Concat(file.Sections.SelectMany(s => s.Properties)))
        {
            DockOptKeys.Validate(path, property);
        }

        return file;
    }
}
