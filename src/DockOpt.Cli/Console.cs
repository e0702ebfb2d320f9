namespace DockOpt.Cli;

/// <summary>Where the CLI writes, and whether it may use colour; tests swap the writers.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, Func<Stream> openInput, bool isTerminal)
{
    public static CliConsole System => new(
        global::System.Console.Out,
        global::System.Console.Error,
        global::System.Console.OpenStandardInput,
        !global::System.Console.IsOutputRedirected);

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public Func<Stream> OpenInput { get; } = openInput;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).</summary>
    public bool UseColor(bool noColorOption) =>
        isTerminal && !noColorOption && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
