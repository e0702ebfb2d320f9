using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Runtime;

/// <summary>
/// The server the image starts listens on 127.0.0.1 or localhost, written out or by default
/// (<c>uvicorn main:app</c>, <c>flask run</c>, <c>manage.py runserver</c>, <c>hypercorn</c> and
/// <c>daphne</c> without an address). Inside a container the loopback interface is the container's
/// own, so published ports and the platform's proxy reach nothing. Defaults that an environment
/// variable (<c>UVICORN_HOST</c>, <c>FLASK_RUN_HOST</c>) or a configuration file may override are not reported.
/// </summary>
public sealed class DOPT5003_ServerListensOnLoopback : Rule
{
    private readonly ImageStartTracker _start = new();
    private readonly HashSet<string> _env = new(StringComparer.Ordinal);
    private (KeyValueSyntax Pair, string Value)? _aspNetUrls;

    public override string Id => RuleIds.ServerListensOnLoopback;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _start.Visit(instruction);
        if (instruction.Stage.Ships && instruction.Instruction.Kind is InstructionKind.Env or InstructionKind.Arg)
        {
            foreach (var pair in instruction.Instruction.KeyValues)
            {
                _env.Add(pair.Name);
                if (instruction.Instruction.Kind == InstructionKind.Env && pair.Name is "ASPNETCORE_URLS" or "DOTNET_URLS" && pair.Value is not null)
                {
                    _aspNetUrls = (pair, instruction.Expand(pair.Value).Value);
                }
            }
        }
    }

    public override void Finish(RuleContext context)
    {
        if (_start.Resolve() is not { } start)
        {
            return;
        }

        if (_aspNetUrls is var (pair, urls) && LoopbackUrlHost(urls) is { } aspNetHost
            && (start.Commands.Any(c => c.Command.Program == "dotnet") || DotNetImages.Read(context.Model.FinalStage?.RootImage) is not null))
        {
            context.Report(pair.Value!.Span, "ASP.NET Core", aspNetHost, "as written in " + pair.Name);
        }

        if (ServerCommands.MayBeBehindAProxy(start))
        {
            return;
        }

        foreach (var (script, command) in start.Commands)
        {
            if (ServerCommands.Read(command) is not { } server)
            {
                continue;
            }

            if (server.HostIsLoopback && server.HostWord is { } hostWord)
            {
                context.Report(script.SpanOf(hostWord), server.Server, server.Host, "as written");
            }
            else if (server.Host is null && server.DefaultHost is { } host && ServerCommands.IsLoopback(host) && !server.MayBeConfiguredElsewhere
                && (server.HostVariable is null || (!_env.Contains(server.HostVariable) && !command.Assignments.Any(a => a.Raw.StartsWith(server.HostVariable + "=", StringComparison.Ordinal))))
                && !EnvFileSetsHost(server, context))
            {
                context.Report(script.SpanOf(server.ProgramWord), server.Server, host, "its default when no host is given");
            }
        }
    }

    /// <summary>The loopback host of the first URL in an ASP.NET Core URL list that has one.</summary>
    private static string? LoopbackUrlHost(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            var authority = (scheme < 0 ? url : url[(scheme + 3)..]).Split('/', 2)[0];
            var (host, _) = ServerCommands.SplitAddress(authority);
            if (host is not null && ServerCommands.IsLoopback(host))
            {
                return host;
            }
        }

        return null;
    }

    /// <summary>flask run reads .flaskenv and .env (with python-dotenv): when the build context is known and one of them sets the host, trust it.</summary>
    private static bool EnvFileSetsHost(ServerListen server, RuleContext context) =>
        server.HostVariable is { } variable && context.Options.BuildContext is { } build
        && new[] { ".flaskenv", ".env" }.Any(f => build.ReadText(f)?.Contains(variable, StringComparison.Ordinal) == true);
}
