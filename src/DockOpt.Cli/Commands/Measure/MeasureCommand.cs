using System.CommandLine;
using DockOpt.Core.Measure;

namespace DockOpt.Cli.Commands.Measure;

/// <summary>Runs <c>measure</c>: Core builds and measures through docker; this prints progress and the report.</summary>
internal static class MeasureCommand
{
    public static int Run(ParseResult parse, MeasureCommandDefinition definition, CliConsole console)
    {
        var path = parse.GetValue(definition.Path)!;
        var compare = parse.GetValue(definition.Compare);
        foreach (var file in new[] { path, compare }.OfType<string>())
        {
            if (!File.Exists(file))
            {
                throw new UsageException($"'{file}' does not exist or is not a file");
            }
        }

        var context = parse.GetValue(definition.Context) ?? Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(context))
        {
            throw new UsageException($"the build context '{context}' does not exist");
        }

        var measurer = new DockerMeasurer(new ProcessRunner(), parse.GetValue(definition.Docker)!);
        var progress = new Progress<string>(message => console.Error.WriteLine($"dockopt: {message}"));
        try
        {
            var first = measurer.MeasureAsync(path, context, progress).GetAwaiter().GetResult();
            var comparison = compare is null ? null : new MeasurementComparison(first, measurer.MeasureAsync(compare, context, progress).GetAwaiter().GetResult());
            if (parse.GetValue(definition.Format) == "json")
            {
                using var stream = new MemoryStream();
                MeasurementReport.WriteJson(stream, first, comparison);
                console.Out.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                MeasurementReport.WriteText(console.Out, first, comparison);
            }

            return ExitCodes.Success;
        }
        catch (DockerUnavailableException e)
        {
            throw new UsageException(e.Message);
        }
        catch (BuildFailedException e)
        {
            throw new UsageException(e.Message);
        }
    }
}
