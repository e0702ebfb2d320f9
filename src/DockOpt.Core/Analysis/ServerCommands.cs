using DockOpt.Core.Shell;

namespace DockOpt.Core.Analysis;

/// <summary>
/// Where an HTTP server started by a command listens. <see cref="Host"/> and <see cref="Port"/> are
/// as written (null when the command leaves them to the server's default); the words they were read
/// from are given so rules can point at them.
/// </summary>
/// <param name="Server">gunicorn, uvicorn, hypercorn, daphne, flask, django, fastapi, php, streamlit, waitress or http.server.</param>
/// <param name="ProgramWord">The word naming the server (<c>uvicorn</c>, <c>manage.py</c>, <c>-m</c>'s module).</param>
/// <param name="DefaultHost">Where the server listens when no host is given, or null when it listens on every interface.</param>
/// <param name="HostVariable">The environment variable the server reads its host from when none is given, if any.</param>
/// <param name="MayBeConfiguredElsewhere">A configuration file or environment file is passed, so defaults may be overridden.</param>
public sealed record ServerListen(
    string Server,
    ShellCommand Command,
    ShellWord ProgramWord,
    string? Host,
    ShellWord? HostWord,
    string? Port,
    ShellWord? PortWord,
    string? DefaultHost,
    string? HostVariable,
    bool MayBeConfiguredElsewhere)
{
    public bool HostIsLoopback => Host is { } host && ServerCommands.IsLoopback(host);
}

/// <summary>Reads the listening address of the Python and PHP web servers commonly started by CMD and ENTRYPOINT.</summary>
public static class ServerCommands
{
    private static readonly string[] GunicornValues =
    [
        "-b", "--bind", "-w", "--workers", "-k", "--worker-class", "-t", "--timeout", "-c", "--config", "--threads",
        "--access-logfile", "--error-logfile", "--log-file", "--log-level", "-e", "--env", "--chdir", "--pythonpath", "-n", "--name",
        "-u", "--user", "-g", "--group", "--keep-alive", "--max-requests", "--max-requests-jitter", "--graceful-timeout",
        "--log-config", "--forwarded-allow-ips", "--worker-connections", "-p", "--pid", "--certfile", "--keyfile", "--backlog",
        "-m", "--umask", "--worker-tmp-dir", "--limit-request-line", "--access-logformat", "--paste", "--statsd-host",
    ];

    private static readonly string[] UvicornValues =
    [
        "--host", "--port", "--uds", "--fd", "--workers", "--loop", "--http", "--ws", "--lifespan", "--interface", "--env-file",
        "--log-config", "--log-level", "--root-path", "--limit-concurrency", "--backlog", "--limit-max-requests",
        "--timeout-keep-alive", "--ssl-keyfile", "--ssl-certfile", "--ssl-keyfile-password", "--ssl-version", "--ssl-cert-reqs",
        "--ssl-ca-certs", "--ssl-ciphers", "--header", "--app-dir", "--forwarded-allow-ips", "--reload-dir",
        "--reload-include", "--reload-exclude", "--reload-delay", "--h11-max-incomplete-event-size", "--ws-max-size", "--ws-ping-interval",
        "--ws-ping-timeout", "--ws-per-message-deflate", "--timeout-graceful-shutdown",
    ];

    /// <summary>The server a command starts and where it listens; null for anything else.</summary>
    public static ServerListen? Read(ShellCommand command)
    {
        if (command.Words.Count == 0 || command.Words[0].HasExpansion)
        {
            return null;
        }

        var program = command.Program;
        var args = command.Arguments;
        var programWord = command.Words[0];
        if (ProgramNames.IsPython(program) && args.Count >= 1)
        {
            if (args[0].Value == "-m" && args.Count >= 2)
            {
                program = args[1].Value;
                programWord = args[1];
                args = args.Skip(2).ToList();
            }
            else if (ProgramNames.Basename(args[0].Value) == "manage.py" && args.Count >= 2 && args[1].Value == "runserver")
            {
                return Django(command, args[0], args.Skip(2).ToList());
            }
            else
            {
                return null;
            }
        }

        return program switch
        {
            "gunicorn" => Gunicorn(command, programWord, args),
            "uvicorn" => Uvicorn(command, programWord, args),
            "hypercorn" => Hypercorn(command, programWord, args),
            "daphne" => Daphne(command, programWord, args),
            "flask" => Flask(command, programWord, args),
            "django-admin" when args.Count >= 1 && args[0].Value == "runserver" => Django(command, programWord, args.Skip(1).ToList()),
            "manage.py" when args.Count >= 1 && args[0].Value == "runserver" => Django(command, programWord, args.Skip(1).ToList()),
            "php" => Php(command, programWord, args),
            "streamlit" => Streamlit(command, programWord, args),
            "waitress-serve" => Waitress(command, programWord, args),
            "http.server" => HttpServer(command, programWord, args),
            "fastapi" => FastApi(command, programWord, args),
            _ => null,
        };
    }

    /// <summary>
    /// True when the image's start command also runs a reverse proxy or process manager (nginx, caddy, haproxy,
    /// supervisord...), or starts a server in the background: the server may then listen behind the proxy on purpose.
    /// </summary>
    public static bool MayBeBehindAProxy(ImageStart start) =>
        start.Commands.Any(c => c.Command.Program is "nginx" or "caddy" or "haproxy" or "envoy" or "traefik" or "httpd" or "apache2"
            or "apachectl" or "apache2-foreground" or "supervisord" or "honcho" or "foreman" or "s6-svscan" or "runsvdir" or "openresty"
            || (c.Command.After == ShellOperator.Background && Read(c.Command) is not null));

    public static bool IsLoopback(string host)
    {
        host = host.Trim('[', ']').ToLowerInvariant();
        return host is "localhost" or "::1" or "ip6-localhost" || host.StartsWith("127.", StringComparison.Ordinal);
    }

    /// <summary>Splits <c>host:port</c>, <c>:port</c>, <c>[::]:port</c> or a bare <c>port</c>.</summary>
    public static (string? Host, string? Port) SplitAddress(string address)
    {
        if (address.StartsWith('['))
        {
            var close = address.IndexOf(']');
            if (close > 0)
            {
                var rest = address[(close + 1)..];
                return (address[..(close + 1)], rest.StartsWith(':') ? rest[1..] : null);
            }
        }

        var colon = address.LastIndexOf(':');
        if (colon < 0)
        {
            return address.All(char.IsAsciiDigit) ? (null, address) : (address, null);
        }

        return (colon == 0 ? null : address[..colon], address[(colon + 1)..]);
    }

    private static ServerListen? Gunicorn(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, GunicornValues);
        var bind = view.Find("-b", "--bind").FirstOrDefault(o => o.Value is { } v && !v.StartsWith("unix:", StringComparison.Ordinal) && !v.StartsWith("fd://", StringComparison.Ordinal));
        var configured = view.Has("-c", "--config");
        if (bind?.Value is not { } address)
        {
            // Without --bind gunicorn reads $PORT, a gunicorn.conf.py in the working directory, or GUNICORN_CMD_ARGS.
            return new ServerListen("gunicorn", command, program, null, null, null, null, null, null, MayBeConfiguredElsewhere: true);
        }

        var (host, port) = SplitAddress(address);
        var word = bind.ValueWord ?? bind.Word;
        return new ServerListen("gunicorn", command, program, host, host is null ? null : word, port, port is null ? null : word, "0.0.0.0", null, configured);
    }

    private static ServerListen Uvicorn(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, UvicornValues);
        if (view.Has("--uds", "--fd"))
        {
            return new ServerListen("uvicorn", command, program, null, null, null, null, null, null, MayBeConfiguredElsewhere: true);
        }

        var host = view.Find("--host").LastOrDefault();
        var port = view.Find("--port").LastOrDefault();
        return new ServerListen("uvicorn", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port?.ValueWord ?? port?.Word,
            "127.0.0.1", "UVICORN_HOST", view.Has("--env-file"));
    }

    private static ServerListen Hypercorn(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["-b", "--bind", "-c", "--config", "-w", "--workers", "-k", "--worker-class", "--access-logfile", "--error-logfile", "--log-level", "--root-path"]);
        var bind = view.Find("-b", "--bind").FirstOrDefault(o => o.Value is { } v && !v.StartsWith("unix:", StringComparison.Ordinal) && !v.StartsWith("fd://", StringComparison.Ordinal));
        var (host, port) = bind?.Value is { } address ? SplitAddress(address) : (null, null);
        var word = bind?.ValueWord ?? bind?.Word;
        return new ServerListen("hypercorn", command, program, host, host is null ? null : word, port, port is null ? null : word,
            "127.0.0.1", null, view.Has("-c", "--config") || view.Find("-b", "--bind").Any(o => o != bind));
    }

    private static ServerListen Daphne(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["-b", "--bind", "-p", "--port", "-u", "--unix-socket", "--fd", "-e", "--endpoint", "-v", "--verbosity", "-t", "--http-timeout", "--access-log", "--root-path"]);
        var other = view.Has("-u", "--unix-socket", "--fd", "-e", "--endpoint");
        var host = view.Find("-b", "--bind").LastOrDefault();
        var port = view.Find("-p", "--port").LastOrDefault();
        return new ServerListen("daphne", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port?.ValueWord ?? port?.Word,
            other ? null : "127.0.0.1", null, other);
    }

    private static ServerListen? Flask(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["--app", "-A", "-e", "--env-file", "--host", "-h", "--port", "-p", "--cert", "--key", "--extra-files", "--exclude-patterns"]);
        if (view.Subcommand != "run")
        {
            return null;
        }

        var host = view.Find("--host", "-h").LastOrDefault();
        var port = view.Find("--port", "-p").LastOrDefault();
        return new ServerListen("flask", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port?.ValueWord ?? port?.Word,
            "127.0.0.1", "FLASK_RUN_HOST", view.Has("-e", "--env-file"));
    }

    private static ServerListen Django(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["--settings", "--pythonpath", "-v", "--verbosity"]);
        var address = view.Positionals.FirstOrDefault();
        if (address is null)
        {
            return new ServerListen("django", command, program, null, null, null, null, "127.0.0.1", null, false);
        }

        var (host, port) = SplitAddress(address.Value);
        if (host == "0")
        {
            host = "0.0.0.0";
        }

        return new ServerListen("django", command, program, host, host is null ? null : address, port, port is null ? null : address, "127.0.0.1", null, false);
    }

    private static ServerListen? Php(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["-S", "-t", "-c", "-d", "-f", "-r"]);
        var serve = view.Find("-S").FirstOrDefault();
        if (serve?.Value is not { } address)
        {
            return null;
        }

        var (host, port) = SplitAddress(address);
        var word = serve.ValueWord ?? serve.Word;
        return new ServerListen("php", command, program, host, host is null ? null : word, port, port is null ? null : word, null, null, false);
    }

    private static ServerListen? Streamlit(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["--server.port", "--server.address"]);
        if (view.Subcommand != "run")
        {
            return null;
        }

        var host = view.Find("--server.address").LastOrDefault();
        var port = view.Find("--server.port").LastOrDefault();
        return new ServerListen("streamlit", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port?.ValueWord ?? port?.Word, null, null, false);
    }

    private static ServerListen Waitress(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["--host", "--port", "--listen", "--unix-socket", "--threads", "--call"]);
        var listen = view.Find("--listen").FirstOrDefault();
        if (listen?.Value is { } address)
        {
            var (h, p) = SplitAddress(address);
            var word = listen.ValueWord ?? listen.Word;
            return new ServerListen("waitress", command, program, h, h is null ? null : word, p, p is null ? null : word, null, null, false);
        }

        var host = view.Find("--host").LastOrDefault();
        var port = view.Find("--port").LastOrDefault();
        return new ServerListen("waitress", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port?.ValueWord ?? port?.Word, null, null, view.Has("--unix-socket"));
    }

    private static ServerListen? FastApi(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["--host", "--port", "--app", "--entrypoint", "-e", "--root-path", "--workers", "--forwarded-allow-ips"]);
        if (view.Subcommand is not ("run" or "dev"))
        {
            return null;
        }

        var host = view.Find("--host").LastOrDefault();
        var port = view.Find("--port").LastOrDefault();
        return new ServerListen("fastapi", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port?.ValueWord ?? port?.Word,
            view.Subcommand == "dev" ? "127.0.0.1" : null, null, false);
    }

    private static ServerListen HttpServer(ShellCommand command, ShellWord program, IReadOnlyList<ShellWord> args)
    {
        var view = CommandLineView.Parse(args, ["-b", "--bind", "-d", "--directory", "--protocol"]);
        var host = view.Find("-b", "--bind").LastOrDefault();
        var port = view.Positionals.FirstOrDefault();
        return new ServerListen("http.server", command, program, host?.Value, host?.ValueWord ?? host?.Word, port?.Value, port, null, null, false);
    }
}
