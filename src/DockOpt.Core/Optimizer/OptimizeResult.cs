namespace DockOpt.Core.Optimizer;

public enum OptimizeTarget
{
    /// <summary>Keep the start command as written (made signal-safe).</summary>
    Generic,

    /// <summary>Google Cloud Run: the server listens on $PORT and receives SIGTERM.</summary>
    CloudRun,
}

public sealed record OptimizeOptions
{
    public OptimizeTarget Target { get; init; } = OptimizeTarget.Generic;

    /// <summary>The build context on disk: used to read requirements, find the WSGI/ASGI application, and see whether a .dockerignore exists.</summary>
    public Analysis.BuildContextView? BuildContext { get; init; }
}

public enum OptimizeOutcome
{
    /// <summary>The Dockerfile was rewritten.</summary>
    Rewritten,

    /// <summary>Nothing to rewrite: the file is already multi-stage.</summary>
    AlreadyOptimized,

    /// <summary>The file is not a shape the optimizer rewrites; <see cref="OptimizeResult.Reason"/> says why.</summary>
    NotSupported,
}

/// <summary>The rewritten Dockerfile, the .dockerignore to add (when the context has none), and the choices made.</summary>
public sealed record OptimizeResult(
    OptimizeOutcome Outcome,
    string? Text,
    string? Dockerignore,
    IReadOnlyList<string> Notes,
    string? Reason);
