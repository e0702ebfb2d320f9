using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>Recognises images that run a Node.js application.</summary>
internal static class NodeImage
{
    private static readonly HashSet<string> NodePrograms = new(StringComparer.Ordinal)
    {
        "node", "nodejs", "npm", "npx", "yarn", "pnpm", "pm2", "pm2-runtime", "nodemon", "next", "nuxt", "ts-node", "tsx", "bun",
    };

    /// <summary>The final stage starts from the official node image or a distroless Node.js image.</summary>
    public static bool IsNodeBase(ImageReference? root) =>
        root is not null && ((root.IsOfficialDockerHubImage && root.Name == "node")
            || (root.Registry == "gcr.io" && root.Repository.StartsWith("distroless/nodejs", StringComparison.Ordinal)));

    /// <summary>The command the image runs starts Node.js (or a package manager script, or a .js file on a Node.js base).</summary>
    public static bool RunsNode(ImageCommand image, ImageReference? root)
    {
        foreach (var command in image.Commands)
        {
            var words = ImageCommand.Launched(command);
            if (words.Count == 0)
            {
                continue;
            }

            var name = ProgramNames.Basename(words[0].Value);
            if (NodePrograms.Contains(name) || (IsNodeBase(root) && (name.EndsWith(".js", StringComparison.Ordinal) || name.EndsWith(".mjs", StringComparison.Ordinal) || name.EndsWith(".cjs", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
