using System.Text;

namespace DockOpt.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the CLI in process against real files, capturing what it prints.</summary>
internal static class CliRunner
{
    public static CliResult RunWithInput(string? stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)), isTerminal: false);
        var code = DockOptCli.Run(args, console);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Run(params string[] args) => RunWithInput(null, args);

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Optimizer.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("Optimizer.sln not found");
        }
    }

    public static string Sample(string name) => Path.Combine(RepositoryRoot, "samples", name);
}
