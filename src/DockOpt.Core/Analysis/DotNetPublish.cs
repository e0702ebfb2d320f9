using DockOpt.Core.Shell;

namespace DockOpt.Core.Analysis;

/// <summary>
/// A <c>dotnet publish</c> (or build) read into what matters for the image: the project it builds,
/// the runtime identifier, whether the output is self-contained or native AOT, and MSBuild
/// properties set on the command line. Null values mean the command does not say.
/// </summary>
public sealed record DotNetPublish(
    ShellCommand Command,
    string Verb,
    ShellWord? Project,
    ShellWord? RuntimeWord,
    string? Runtime,
    bool SetsTarget,
    bool? SelfContained,
    bool? PublishAot,
    string? Framework,
    IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The output carries its own runtime: self-contained or native AOT.</summary>
    public bool? CarriesRuntime => PublishAot == true || SelfContained == true ? true : SelfContained == false && PublishAot != true ? false : null;

    /// <summary>Reads <c>dotnet publish</c>, <c>dotnet build</c> and <c>dotnet restore</c>; null for other commands.</summary>
    public static DotNetPublish? Read(ShellCommand command)
    {
        if (command.Program != "dotnet" || command.Arguments.Count == 0 || command.Arguments[0].Value is not ("publish" or "build" or "restore"))
        {
            return null;
        }

        var args = command.Arguments;
        ShellWord? project = null;
        ShellWord? runtimeWord = null;
        string? runtime = null;
        string? framework = null;
        bool? selfContained = null;
        var setsTarget = false;
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < args.Count; i++)
        {
            var word = args[i].Value;
            var next = i + 1 < args.Count ? args[i + 1] : null;
            switch (word)
            {
                case "-r" or "--runtime":
                    runtimeWord = next;
                    runtime = next?.Value;
                    setsTarget = true;
                    i++;
                    continue;
                case "--os" or "-a" or "--arch":
                    setsTarget = true;
                    i++;
                    continue;
                case "--ucr" or "--use-current-runtime":
                    setsTarget = true;
                    continue;
                case "-f" or "--framework":
                    framework = next?.Value;
                    i++;
                    continue;
                case "--sc" or "--self-contained":
                    if (next is not null && bool.TryParse(next.Value, out var value))
                    {
                        selfContained = value;
                        i++;
                    }
                    else
                    {
                        selfContained = true;
                    }

                    continue;
                case "--no-self-contained":
                    selfContained = false;
                    continue;
                case "-c" or "--configuration" or "-o" or "--output" or "-v" or "--verbosity" or "-s" or "--source"
                    or "--version-suffix" or "--manifest" or "--packages" or "--configfile" or "--property" or "-p":
                    if (word is "-p" or "--property" && next is not null)
                    {
                        AddProperties(next.Value, properties);
                    }

                    i++;
                    continue;
            }

            if (word.StartsWith("--runtime=", StringComparison.Ordinal) || word.StartsWith("-r=", StringComparison.Ordinal))
            {
                runtimeWord = args[i];
                runtime = word[(word.IndexOf('=') + 1)..];
                setsTarget = true;
            }
            else if (word.StartsWith("--self-contained=", StringComparison.Ordinal) || word.StartsWith("--sc=", StringComparison.Ordinal))
            {
                selfContained = bool.TryParse(word[(word.IndexOf('=') + 1)..], out var value) ? value : null;
            }
            else if (PropertyPrefix(word) is { } prefixLength)
            {
                AddProperties(word[prefixLength..], properties);
            }
            else if (!word.StartsWith('-') && project is null)
            {
                project = args[i];
            }
        }

        if (properties.TryGetValue("RuntimeIdentifier", out var rid))
        {
            runtime ??= rid;
            setsTarget = true;
        }

        if (properties.TryGetValue("SelfContained", out var sc) && bool.TryParse(sc, out var scValue))
        {
            selfContained ??= scValue;
        }

        bool? aot = properties.TryGetValue("PublishAot", out var aotText) && bool.TryParse(aotText, out var aotValue) ? aotValue : null;
        return new DotNetPublish(command, args[0].Value, project, runtimeWord, runtime, setsTarget, selfContained, aot, framework, properties);
    }

    /// <summary>The operating system part of a runtime identifier: linux, linux-musl, win, osx, ...</summary>
    public static string OperatingSystemOf(string runtimeIdentifier)
    {
        var rid = runtimeIdentifier.ToLowerInvariant();
        var dash = rid.LastIndexOf('-');
        return dash < 0 ? rid : rid[..dash];
    }

    private static int? PropertyPrefix(string word)
    {
        foreach (var prefix in new[] { "-p:", "/p:", "-property:", "/property:", "--property:" })
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return prefix.Length;
            }
        }

        return null;
    }

    private static void AddProperties(string text, Dictionary<string, string> properties)
    {
        foreach (var part in text.Split([';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals > 0)
            {
                properties[part[..equals].Trim()] = part[(equals + 1)..].Trim().Trim('"');
            }
        }
    }
}
