using System.Reflection;

namespace DockOpt.Cli;

internal static class ToolInfo
{
    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}

/// <summary>A problem the user can act on: printed as one line to stderr, exit code 2, never a stack trace.</summary>
internal sealed class UsageException(string message) : Exception(message);
