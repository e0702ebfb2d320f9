namespace DockOpt.Core.Shell;

/// <summary>A syntax problem the parser recovered from. <paramref name="Offset"/> is a 0-based UTF-16 offset into <see cref="ShellScript.Text"/>.</summary>
public sealed record ShellError(int Offset, string Message);
