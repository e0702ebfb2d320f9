#if NET
using System.Runtime.CompilerServices;
using DockOpt.Core.Analysis;
using DockOpt.Core.Configuration;
using DockOpt.Core.Diagnostics;
using DockOpt.Core.Text;
using DockOpt.MSBuild.Findings;

namespace DockOpt.MSBuild;

/// <summary>The in-process way: DockOpt.Core, loaded beside this assembly, analyses each file.</summary>
public sealed partial class AnalyzeDockerfiles
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    private IReadOnlyList<IReadOnlyList<Finding>> AnalyseInProcess(IReadOnlyList<DockerfileInput> inputs)
    {
        var project = new ProjectInfo
        {
            ProjectPath = string.IsNullOrEmpty(ProjectPath) ? null : ProjectPath,
            TargetFrameworks = Frameworks(),
            AssemblyName = NullIfEmpty(AssemblyName),
            OutputType = NullIfEmpty(OutputType),
            RuntimeIdentifier = NullIfEmpty(RuntimeIdentifier),
            SelfContained = ParseBool(SelfContained),
            PublishAot = ParseBool(PublishAot),
        };
        var select = SplitList(Select);
        var ignore = SplitList(Ignore);

        // .editorconfig and .hadolint.yaml as the CLI reads them; the MSBuild properties (Select, Ignore, NoWarn...) still win.
        var configuration = new ConfigurationProvider();
        var baseline = string.IsNullOrWhiteSpace(Baseline) ? null : Core.Configuration.Baseline.Load(Baseline!);
        var results = new List<IReadOnlyList<Finding>>(inputs.Count);
        foreach (var input in inputs)
        {
            var context = new BuildContextView(input.BuildContext);
            var options = new AnalyzerOptions
            {
                Select = select,
                Ignore = ignore,
                Project = project,
                BuildContext = context,
                Configuration = configuration,
            };
            AnalysisResult result;
            try
            {
                result = DockerfileAnalyzer.Analyze(SourceText.From(input.Bytes, input.Path), options);
            }
            catch (ConfigurationException e)
            {
                // A configuration mistake is the user's to fix, but it must not fail the build: one warning at the file and line.
                results.Add([new Finding(e.File, "warning", "DOPT0000", e.Line, 1, e.Line, 1, null, "dockopt configuration error: " + e.Detail)]);
                continue;
            }

            input.ContextPaths = context.Consulted;
            if (baseline is not null)
            {
                result = baseline.Filter(result);
            }

            results.Add(result.Diagnostics
                .Where(d => d.Severity != Severity.None)
                .Select(d => new Finding(input.Path, d.Severity.ToName(), d.Id, d.Location.Line, d.Location.Column, d.Location.EndLine, d.Location.EndColumn, d.HelpUri, d.Message))
                .ToList());
        }

        return results;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
#endif
