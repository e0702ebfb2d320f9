using System.Globalization;
using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// The server the image starts listens on a fixed port other than 8080 and nothing in its CMD or
/// ENTRYPOINT reads <c>$PORT</c>. Cloud Run (like Heroku and App Engine) tells the container which
/// port to serve through <c>$PORT</c>, 8080 unless configured. Port 8080, a port taken from a
/// variable, and an <c>ENV PORT</c> set to the same port (the author chose it knowingly) are not reported.
/// </summary>
public sealed class DOPT5002_ServerPortIgnoresPortVariable : Rule
{
    private readonly ImageStartTracker _start = new();
    private string? _envPort;

    public override string Id => RuleIds.ServerPortIgnoresPortVariable;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _start.Visit(instruction);
        if (instruction.Stage.Ships && instruction.Instruction.Kind == InstructionKind.Env)
        {
            foreach (var pair in instruction.Instruction.KeyValues.Where(p => p.Name == "PORT"))
            {
                _envPort = pair.Value is null ? null : instruction.Expand(pair.Value).Value;
            }
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_start.Resolve() is not { } start || start.References("PORT") || ServerCommands.MayBeBehindAProxy(start)
            || ImageIntent.IsDevelopmentImage(context.Model))
        {
            return;
        }

        foreach (var (script, command) in start.Commands)
        {
            if (ServerCommands.Read(command) is not { Port: { } port, PortWord: { } word } server
                || !int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number == 8080 || port == _envPort)
            {
                continue;
            }

            context.Report(script.SpanOf(word), server.Server, port);
        }
    }
}
