using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// <c>npm ci</c>/<c>npm install</c>, <c>yarn install</c> or <c>pnpm install</c> installs devDependencies in a stage
/// that ships, and the image runs Node.js: test frameworks, bundlers and linters are shipped. Not reported when
/// the install omits them (<c>--omit=dev</c>, <c>--production</c>, <c>--prod</c>, npm_config_omit=dev), when
/// NODE_ENV is production for the install, or when the same RUN prunes them afterwards (<c>npm prune --omit=dev</c>);
/// nor when the image starts a package script (<c>npm start</c>, <c>yarn dev</c>) unless the build context's
/// package.json shows that the script uses no devDependency.
/// </summary>
public sealed class DOPT8003_NodeDevDependenciesShipped : Rule
{
    private readonly List<(TextSpan Span, string Command, string Remedy)> _installs = new();

    public override string Id => RuleIds.NodeDevDependenciesShipped;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Run || context.GetScript(instruction) is not { } script)
        {
            return;
        }

        foreach (var command in script.Commands.Where(c => c.Program is "npm" or "yarn" or "pnpm"))
        {
            var view = CommandLineView.Parse(command.Arguments, KnownOptions.Npm);
            var sub = view.Subcommand;
            var installsAll = command.Program switch
            {
                "npm" => sub is "ci" or "clean-install" or "install" or "i" && view.Positionals.Count == 1 && !view.Has("-g", "--global"),
                "yarn" => sub is null or "install" && view.Positionals.Count <= 1,
                _ => sub is "install" or "i" && view.Positionals.Count == 1,
            };
            if (!installsAll || OmitsDev(script, command, view) || PrunedLater(script, command))
            {
                continue;
            }

            var remedy = command.Program switch
            {
                "npm" => "add --omit=dev (or run 'npm prune --omit=dev' after the build in the same RUN)",
                "yarn" => "add --production (Yarn 1) or use 'yarn workspaces focus --all --production' (Yarn 2 and later)",
                _ => "add --prod (or run 'pnpm prune --prod' after the build in the same RUN)",
            };
            _installs.Add((CommandText.Head(script, command, view), CommandText.Describe(command, view), remedy));
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_installs.Count == 0 || ImageIntent.IsDevelopmentImage(context.Model) || ImageCommand.OfFinalImage(context.Model) is not { } image
            || !NodeImage.RunsNode(image, context.Model.FinalStage!.RootImage))
        {
            return;
        }

        // A package script may need a devDependency at run time (ts-node, nodemon, nest start): then omitting them
        // breaks the image. Reported only when package.json shows the script needs none.
        foreach (var command in image.Commands)
        {
            if (PackageScripts.ScriptRun(ImageCommand.Launched(command)) is { } script
                && PackageScripts.NeedsDevDependencies(script, context.Options.BuildContext) is not false)
            {
                return;
            }
        }

        foreach (var (span, command, remedy) in _installs)
        {
            context.Report(span, command, remedy);
        }
    }

    private static bool OmitsDev(RunScript script, ShellCommand command, CommandLineView view)
    {
        // --production=false asks for the devDependencies explicitly.
        if (view.Find("--production", "--prod", "-P").Any(o => o.Value is null || CommandText.IsTruthy(o.Value)) || view.Values("--omit").Any(v => v == "dev")
            || view.Values("--only").Any(v => v is "prod" or "production"))
        {
            return true;
        }

        var nodeEnv = CommandText.Environment(script, command, "NODE_ENV");
        if (nodeEnv is not null && (nodeEnv.Length == 0 || nodeEnv == "production"))
        {
            return true;
        }

        foreach (var name in new[] { "npm_config_omit", "NPM_CONFIG_OMIT", "npm_config_production", "NPM_CONFIG_PRODUCTION" })
        {
            if (CommandText.Environment(script, command, name) is { } value && (value.Length == 0 || value == "dev" || CommandText.IsTruthy(value)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrunedLater(RunScript script, ShellCommand install) =>
        script.Commands.Any(c => c.Start > install.Start && c.Program is "npm" or "pnpm" or "yarn"
            && CommandLineView.Parse(c.Arguments, KnownOptions.Npm) is var view
            && (view.Subcommand == "prune" || (view.Subcommand == "workspaces" && view.Positionals.Count > 1 && view.Positionals[1].Value == "focus"))
            && view.Has("--production", "--prod", "--omit"));
}
