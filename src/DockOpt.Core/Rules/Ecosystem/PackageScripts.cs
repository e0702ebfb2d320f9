using System.Text.Json;
using DockOpt.Core.Analysis;
using DockOpt.Core.Shell;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// The package.json scripts an image starts with <c>npm start</c>, <c>npm run NAME</c>, <c>yarn NAME</c> or
/// <c>pnpm NAME</c>, and whether such a script needs a devDependency at run time (<c>ts-node</c>, <c>nodemon</c>,
/// <c>nest start</c>, <c>-r dotenv/config</c> with dotenv among the devDependencies).
/// </summary>
internal static class PackageScripts
{
    /// <summary>Commands whose package does not share the command's name.</summary>
    private static readonly Dictionary<string, string> BinariesOfPackages = new(StringComparer.Ordinal)
    {
        ["@nestjs/cli"] = "nest",
        ["typescript"] = "tsc",
        ["@babel/node"] = "babel-node",
        ["@babel/cli"] = "babel",
        ["react-scripts"] = "react-scripts",
        ["@angular/cli"] = "ng",
        ["@remix-run/serve"] = "remix-serve",
    };

    private static readonly string[] BuiltInScripts = ["start", "test", "stop", "restart"];

    /// <summary>The name of the package script that <paramref name="command"/> runs, or null when it runs none.</summary>
    public static string? ScriptRun(IReadOnlyList<ShellWord> command)
    {
        if (command.Count < 2)
        {
            return null;
        }

        var program = ProgramNames.Basename(command[0].Value);
        var first = command[1].Value;
        var second = command.Count > 2 ? command[2].Value : null;
        return program switch
        {
            "npm" when first is "run" or "run-script" => second,
            "npm" when BuiltInScripts.Contains(first) => first,
            "yarn" or "pnpm" when first == "run" => second,
            "yarn" or "pnpm" when !first.StartsWith('-') && first is not ("install" or "add" or "exec" or "dlx" or "node") => first,
            _ => null,
        };
    }

    /// <summary>
    /// True when the script uses a devDependency, false when it does not, null when package.json is not in the
    /// build context or does not say (no such script, unreadable file).
    /// </summary>
    public static bool? NeedsDevDependencies(string script, BuildContextView? context)
    {
        if (Read(context) is not { } package || BodyIn(package, script) is not { } body)
        {
            return null;
        }

        var words = Words(body);
        return package.DevDependencies.Any(name => Mentions(words, name));
    }

    /// <summary>The text of a package.json script, or null when package.json is not in the build context or has no such script.</summary>
    public static string? Body(string script, BuildContextView? context) => Read(context) is { } package ? BodyIn(package, script) : null;

    // npm start without a start script runs 'node server.js'.
    private static string? BodyIn(PackageJson package, string script) =>
        package.Scripts.TryGetValue(script, out var body) ? body : script == "start" ? "node server.js" : null;

    public static string[] Words(string body) =>
        body.Split([' ', '\t', '&', '|', ';', '(', ')', '"', '\'', '='], StringSplitOptions.RemoveEmptyEntries);

    private sealed record PackageJson(Dictionary<string, string> Scripts, List<string> DevDependencies);

    private static PackageJson? Read(BuildContextView? context)
    {
        if (context?.ReadText("package.json") is not { } text)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // A name given twice keeps its last value, as npm reads it (ToDictionary would throw).
            var scripts = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("scripts", out var s) && s.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in s.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String))
                {
                    scripts[entry.Name] = entry.Value.GetString()!;
                }
            }

            var dev = root.TryGetProperty("devDependencies", out var d) && d.ValueKind == JsonValueKind.Object
                ? d.EnumerateObject().Select(p => p.Name).ToList()
                : [];
            return new PackageJson(scripts, dev);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The script's words name the package, its command, or a module of it (<c>dotenv/config</c>, <c>ts-node/esm</c>).
    /// A scoped package's command is known only from the table (<c>@nestjs/cli</c> is <c>nest</c>): the part after the
    /// slash is no command (<c>@types/node</c> is not <c>node</c>), and type packages have none.
    /// </summary>
    private static bool Mentions(string[] words, string package)
    {
        if (package.StartsWith("@types/", StringComparison.Ordinal))
        {
            return false;
        }

        var command = BinariesOfPackages.TryGetValue(package, out var binary) ? binary
            : package.StartsWith('@') ? null
            : package;
        return words.Any(w => w == package || (command is not null && w == command) || w.StartsWith(package + "/", StringComparison.Ordinal));
    }
}
