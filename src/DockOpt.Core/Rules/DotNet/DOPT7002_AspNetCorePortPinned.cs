using System.Globalization;
using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Rules.DotNet;

/// <summary>
/// An ASP.NET Core image pins its HTTP port to something other than 8080 (<c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>, <c>DOTNET_URLS</c> or <c>--urls</c>) and nothing reads <c>$PORT</c>.
/// ASP.NET Core does not read <c>PORT</c>, so on Cloud Run (8080 unless configured) the app listens
/// where no request arrives. Port 8080 (the .NET 8 images' default) and values built from
/// <c>$PORT</c> are not reported.
/// </summary>
public sealed class DOPT7002_AspNetCorePortPinned : Rule
{
    private static readonly HashSet<string> Variables = new(StringComparer.OrdinalIgnoreCase)
    {
        "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "DOTNET_URLS", "ASPNETCORE_HTTPS_PORTS",
    };

    private readonly ImageStartTracker _start = new();
    private (KeyValueSyntax Pair, string Value)? _setting;

    public override string Id => RuleIds.AspNetCorePortPinned;

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        _start.Visit(instruction);
        if (!instruction.Stage.Ships || instruction.Instruction.Kind != InstructionKind.Env)
        {
            return;
        }

        foreach (var pair in instruction.Instruction.KeyValues.Where(p => Variables.Contains(p.Name) && p.Value is not null))
        {
            _setting = VariableReferences.Mentions(pair.Value!.Raw, "PORT") ? null : (pair, instruction.Expand(pair.Value!).Value);
        }
    }

    public override void Finish(RuleContext context)
    {
        var start = _start.Resolve();
        if (start?.References("PORT") == true || !IsDotNet(context, start))
        {
            return;
        }

        foreach (var (script, command) in start?.Commands.Where(c => c.Command.Program == "dotnet") ?? [])
        {
            var urls = command.ParseArguments(["--urls"]).Find("--urls").FirstOrDefault();
            if (urls?.Value is { } value && PinnedPort(value, isPortList: false) is { } port)
            {
                context.Report(script.Text.ToSource(urls.Start, urls.End), "--urls", port);
                return;
            }
        }

        if (_setting is var (pair, text) && PinnedPort(text, pair.Name.Contains("PORTS", StringComparison.OrdinalIgnoreCase)) is { } pinned)
        {
            context.Report(pair.Span, pair.Name, pinned);
        }
    }

    private static bool IsDotNet(RuleContext context, ImageStart? start) =>
        DotNetImages.Read(context.Model.FinalStage?.RootImage) is not null
        || start?.Commands.Any(c => c.Command.Program == "dotnet") == true;

    /// <summary>The first port other than 8080 in a URL list (<c>http://+:80;https://+:443</c>) or a port list (<c>80;8081</c>); null when every port is 8080.</summary>
    internal static string? PinnedPort(string value, bool isPortList)
    {
        foreach (var item in value.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var port = isPortList ? item : PortOf(item);
            if (port is not null && int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number != 8080)
            {
                return port;
            }
        }

        return null;
    }

    private static string? PortOf(string url)
    {
        var scheme = url.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme < 0 ? url : url[(scheme + 3)..];
        rest = rest.Split('/', 2)[0];
        var colon = rest.LastIndexOf(':');
        if (colon < 0 || rest.EndsWith(']'))
        {
            return url.StartsWith("https", StringComparison.OrdinalIgnoreCase) ? "443" : "80";
        }

        return rest[(colon + 1)..];
    }
}
