using System.Collections.Immutable;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Semantics;

/// <summary>
/// What is in force when an instruction runs: its stage, the build arguments and environment
/// variables in scope, and the effective USER, WORKDIR and SHELL.
/// </summary>
public sealed class InstructionContext
{
    private readonly char _escape;

    internal InstructionContext(
        InstructionSyntax instruction,
        Stage stage,
        ImmutableDictionary<string, string?> args,
        ImmutableDictionary<string, string?> env,
        string? user,
        string? workdir,
        ImmutableArray<string> shell,
        char escape)
    {
        Instruction = instruction;
        Stage = stage;
        Args = args;
        Env = env;
        User = user;
        Workdir = workdir;
        Shell = shell;
        _escape = escape;
    }

    public InstructionSyntax Instruction { get; }

    public Stage Stage { get; }

    /// <summary>Build arguments declared in the stage so far; a null value means declared without a known value.</summary>
    public ImmutableDictionary<string, string?> Args { get; }

    /// <summary>Environment variables set by ENV in this stage and the stages it is built on; null where the value is unknown.</summary>
    public ImmutableDictionary<string, string?> Env { get; }

    /// <summary>The last USER in force (from this stage or a stage it is built on); null when the image's default applies.</summary>
    public string? User { get; }

    /// <summary>The working directory in force; null when the image's default applies.</summary>
    public string? Workdir { get; }

    /// <summary>The shell that runs shell-form commands: <c>/bin/sh -c</c> unless SHELL changed it.</summary>
    public ImmutableArray<string> Shell { get; }

    /// <summary>True when shell-form commands run in a POSIX shell, so that shell analysis applies.</summary>
    public bool IsPosixShell
    {
        get
        {
            if (Shell.IsDefaultOrEmpty)
            {
                return false;
            }

            var program = Shell[0].Replace('\\', '/');
            program = program[(program.LastIndexOf('/') + 1)..].ToLowerInvariant();
            return program is "sh" or "bash" or "dash" or "ash" or "zsh" or "ksh" or "mksh" or "busybox";
        }
    }

    /// <summary>The value a variable has for this instruction: ENV wins over ARG, as in BuildKit.</summary>
    public string? Lookup(string name)
    {
        if (Env.TryGetValue(name, out var env))
        {
            return env;
        }

        return Args.TryGetValue(name, out var arg) ? arg : null;
    }

    /// <summary>True when the variable is set (with or without a known value) by ENV or ARG.</summary>
    public bool IsDefined(string name) => Env.ContainsKey(name) || Args.ContainsKey(name);

    public ExpandedWord Expand(string raw) => WordLexer.Expand(raw, Lookup, _escape);

    public ExpandedWord Expand(WordSyntax word) => Expand(word.Raw);
}
