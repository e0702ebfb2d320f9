using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.Ecosystem;

/// <summary>
/// The produced image runs Node.js on a Node.js base image and NODE_ENV is not set, or is set by ENV to
/// another value than <c>production</c>. Many libraries (Express, React's server renderer, logging and
/// ORM libraries) check it to turn off development-only work such as template recompilation and verbose errors.
/// Images whose command is a development server are left to DOPT8005.
/// </summary>
public sealed class DOPT8004_NodeEnvNotProduction : Rule
{
    private (string? Value, TextSpan Span)? _nodeEnv;
    private bool _unknown;

    public override string Id => RuleIds.NodeEnvNotProduction;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Env)
        {
            return;
        }

        foreach (var pair in instruction.Instruction.KeyValues.Where(p => p.Name == "NODE_ENV"))
        {
            var value = pair.Value is null ? null : instruction.Expand(pair.Value);
            _unknown = value is null || !value.IsFullyResolved;
            _nodeEnv = (value?.Value, pair.Span);
        }
    }

    public override void Finish(RuleContext context)
    {
        var final = context.Model.FinalStage;
        if (_unknown || final is null || ImageIntent.IsDevelopmentImage(context.Model) || !NodeImage.IsNodeBase(final.RootImage) || ImageCommand.OfFinalImage(context.Model) is not { } image
            || !NodeImage.RunsNode(image, final.RootImage) || DOPT8005_NodeDevelopmentServer.Find(image) is not null)
        {
            return;
        }

        if (_nodeEnv is null)
        {
            if (!SetsProductionItself(image, context.Options.BuildContext))
            {
                context.Report(image.Instruction.Instruction.KeywordSpan, "is not set");
            }
        }
        else if (_nodeEnv.Value.Value is { } value && value != "production")
        {
            context.Report(_nodeEnv.Value.Span, $"is '{value}'");
        }
    }

    /// <summary>
    /// The command may set NODE_ENV on its own: inline (<c>NODE_ENV=production node server.js</c>), through a
    /// framework that sets it (<c>next start</c>, <c>nuxt start</c>), or through a package script, which counts
    /// only when the build context's package.json shows it does none of these (unknown scripts are given the benefit).
    /// </summary>
    private static bool SetsProductionItself(ImageCommand image, BuildContextView? buildContext)
    {
        foreach (var command in image.Commands)
        {
            if (command.Assignments.Any(a => a.Value == "NODE_ENV=production"))
            {
                return true;
            }

            var words = ImageCommand.Launched(command);
            if (words.Count == 0)
            {
                continue;
            }

            if (SetsItself(words.Select(w => w.Value).ToArray()))
            {
                return true;
            }

            if (PackageScripts.ScriptRun(words) is { } script)
            {
                if (PackageScripts.Body(script, buildContext) is not { } body)
                {
                    return true;
                }

                if (body.Contains("NODE_ENV=production", StringComparison.Ordinal) || SetsItself(PackageScripts.Words(body)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Frameworks whose production server sets NODE_ENV=production when it is unset.</summary>
    private static bool SetsItself(string[] words)
    {
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var program = words[i][(words[i].LastIndexOf('/') + 1)..];
            if (program is "next" or "nuxt" or "nuxi" && words[i + 1] is "start" || program == "remix-serve")
            {
                return true;
            }
        }

        return false;
    }
}
