using DockOpt.Core.Analysis;
using DockOpt.Core.Shell;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// The produced image's CMD or ENTRYPOINT starts a JavaScript development server or file watcher:
/// <c>npm run dev</c> (also <c>yarn dev</c>, <c>pnpm dev</c> and the develop, start:dev and watch scripts),
/// <c>nodemon</c>, <c>node --watch</c>, <c>ts-node-dev</c>, <c>next dev</c>, <c>nuxt dev</c>, <c>vite</c>,
/// <c>react-scripts start</c>, <c>ng serve</c>, <c>webpack serve</c>, <c>webpack-dev-server</c>,
/// <c>vue-cli-service serve</c>.
/// </summary>
public sealed class DOPT8005_NodeDevelopmentServer : Rule
{
    private static readonly HashSet<string> DevScripts = new(StringComparer.Ordinal) { "dev", "develop", "development", "start:dev", "start-dev", "dev:server", "watch", "serve:dev" };

    public override string Id => RuleIds.NodeDevelopmentServer;

    public override void Finish(RuleContext context)
    {
        if (!ImageIntent.IsDevelopmentImage(context.Model) && ImageCommand.OfFinalImage(context.Model) is { } image && Find(image) is { } found)
        {
            context.Report(found.Span, found.Description);
        }
    }

    /// <summary>The development server the image command starts, if any.</summary>
    internal static (TextSpan Span, string Description)? Find(ImageCommand image)
    {
        foreach (var command in image.Commands)
        {
            var words = ImageCommand.Launched(command).ToList();
            if (words.Count > 1 && ProgramNames.Basename(words[0].Value) is "npx" or "pnpx")
            {
                words = words.Skip(1).SkipWhile(w => w.Value.StartsWith('-')).ToList();
            }

            if (words.Count == 0)
            {
                continue;
            }

            if (Match(words) is { } last)
            {
                var description = string.Join(' ', words.Take(words.IndexOf(last) + 1).Select((w, i) => i == 0 ? ProgramNames.Basename(w.Value) : w.Value));
                return (new TextSpan(image.SpanOf(words[0]).Start, image.SpanOf(last).End), description);
            }
        }

        return null;
    }

    /// <summary>The last word of the development-server command line, or null.</summary>
    private static ShellWord? Match(List<ShellWord> words)
    {
        var name = ProgramNames.Basename(words[0].Value);
        var positionals = words.Skip(1).Where(w => !w.Value.StartsWith('-')).ToList();
        var first = positionals.FirstOrDefault();
        switch (name)
        {
            case "npm" or "pnpm" or "yarn" when first?.Value is "run" or "run-script" && positionals.Count > 1 && DevScripts.Contains(positionals[1].Value):
                return positionals[1];
            case "yarn" or "pnpm" when first is not null && DevScripts.Contains(first.Value):
                return first;
            case "nodemon" or "ts-node-dev" or "tsnd" or "webpack-dev-server":
                return words[0];
            case "node":
                return words.Skip(1).FirstOrDefault(w => w.Value == "--watch" || w.Value.StartsWith("--watch=", StringComparison.Ordinal) || w.Value == "--watch-path");
            case "next" or "nuxt" or "nuxi" when first?.Value == "dev":
                return first;
            case "vite" when first is null || first.Value is "dev" or "serve":
                return first ?? words[0];
            case "react-scripts" when first?.Value == "start":
                return first;
            case "ng" or "webpack" or "vue-cli-service" when first?.Value == "serve":
                return first;
            default:
                return null;
        }
    }
}
