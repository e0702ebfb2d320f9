namespace DockOpt.Core.Syntax;

/// <summary>Every instruction BuildKit's Dockerfile frontend knows, and Unknown for anything else.</summary>
public enum InstructionKind
{
    Unknown,
    Add,
    Arg,
    Cmd,
    Copy,
    Entrypoint,
    Env,
    Expose,
    From,
    Healthcheck,
    Label,
    Maintainer,
    Onbuild,
    Run,
    Shell,
    Stopsignal,
    User,
    Volume,
    Workdir,
}

public static class InstructionKinds
{
    private static readonly Dictionary<string, InstructionKind> ByKeyword = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ADD"] = InstructionKind.Add,
        ["ARG"] = InstructionKind.Arg,
        ["CMD"] = InstructionKind.Cmd,
        ["COPY"] = InstructionKind.Copy,
        ["ENTRYPOINT"] = InstructionKind.Entrypoint,
        ["ENV"] = InstructionKind.Env,
        ["EXPOSE"] = InstructionKind.Expose,
        ["FROM"] = InstructionKind.From,
        ["HEALTHCHECK"] = InstructionKind.Healthcheck,
        ["LABEL"] = InstructionKind.Label,
        ["MAINTAINER"] = InstructionKind.Maintainer,
        ["ONBUILD"] = InstructionKind.Onbuild,
        ["RUN"] = InstructionKind.Run,
        ["SHELL"] = InstructionKind.Shell,
        ["STOPSIGNAL"] = InstructionKind.Stopsignal,
        ["USER"] = InstructionKind.User,
        ["VOLUME"] = InstructionKind.Volume,
        ["WORKDIR"] = InstructionKind.Workdir,
    };

    public static InstructionKind FromKeyword(string keyword) =>
        ByKeyword.TryGetValue(keyword, out var kind) ? kind : InstructionKind.Unknown;

    public static string ToKeyword(this InstructionKind kind) => kind.ToString().ToUpperInvariant();

    /// <summary>Instructions whose arguments may be a JSON array of strings.</summary>
    public static bool AcceptsExecForm(this InstructionKind kind) => kind is InstructionKind.Run or InstructionKind.Cmd
        or InstructionKind.Entrypoint or InstructionKind.Shell or InstructionKind.Copy or InstructionKind.Add
        or InstructionKind.Volume;

    /// <summary>Instructions that may carry here-documents.</summary>
    public static bool AcceptsHeredocs(this InstructionKind kind) =>
        kind is InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add;

    /// <summary>Instructions whose words BuildKit expands with build arguments and environment variables.</summary>
    public static bool ExpandsVariables(this InstructionKind kind) => kind is InstructionKind.Add or InstructionKind.Copy
        or InstructionKind.Env or InstructionKind.Expose or InstructionKind.From or InstructionKind.Label
        or InstructionKind.Stopsignal or InstructionKind.User or InstructionKind.Volume or InstructionKind.Workdir
        or InstructionKind.Arg or InstructionKind.Onbuild;
}
