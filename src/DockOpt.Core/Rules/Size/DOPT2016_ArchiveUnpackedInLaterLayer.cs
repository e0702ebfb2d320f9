using DockOpt.Core.Analysis;
using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Rules.Size;

/// <summary>
/// A RUN in a stage that ships unpacks or installs an archive (tar, unzip, dpkg -i, rpm -i) that an earlier
/// layer added with COPY, ADD or a download: the archive stays in that layer next to what was unpacked from
/// it. When the same RUN also deletes the archive, DOPT2007 reports the delete instead.
/// </summary>
public sealed class DOPT2016_ArchiveUnpackedInLaterLayer : Rule
{
    private static readonly string[] TarOptionsWithValue =
    [
        "-f", "--file", "-C", "--directory", "-T", "--files-from", "-X", "--exclude-from", "--exclude", "--strip-components",
        "--transform", "--owner", "--group", "--mode", "-I", "--use-compress-program", "--wildcards", "-b", "--blocking-factor",
    ];

    private readonly LayerPaths _paths = new();

    public override string Id => RuleIds.ArchiveUnpackedInLaterLayer;

    public override void VisitStage(Stage stage, RuleContext context) => _paths.EnterStage(stage);

    public override void Visit(InstructionContext instruction, RuleContext context)
    {
        var script = instruction.Instruction.Kind == InstructionKind.Run ? context.GetScript(instruction) : null;
        if (script is not null && instruction.Stage.Ships)
        {
            foreach (var command in script.Commands)
            {
                if (ArchiveOf(command) is not { } word || ImagePaths.PathOf(word, script, command) is not { } path)
                {
                    continue;
                }

                var added = _paths.In(instruction.Stage).FirstOrDefault(p => p.Path == path && !p.IsDirectory && p.By != AddedBy.MakeDirectory);
                if (added is null || ImagePaths.RemovedLater(script, command, path))
                {
                    continue;
                }

                context.Report(script.SpanOf(word), path, added.Line(context.Source), ProgramNames.Basename(command.Words[0].Value));
                _paths.Forget(instruction.Stage, added);
            }
        }

        _paths.Record(instruction, script);
    }

    /// <summary>The archive word a command unpacks or installs, or null.</summary>
    private static ShellWord? ArchiveOf(ShellCommand command)
    {
        switch (command.Program)
        {
            case "tar" or "bsdtar" or "gtar":
            {
                var view = CommandLineView.Parse(command.Arguments, TarOptionsWithValue);
                var file = view.Find("-f", "--file").LastOrDefault();
                var extracts = view.Has("-x", "--extract", "--get");

                // Old-style "tar xzf archive": the first operand is a cluster of letters.
                if (!extracts && view.Positionals.Count >= 2 && IsOldStyleExtract(view.Positionals[0].Value))
                {
                    return view.Positionals[0].Value.Contains('f') ? view.Positionals[1] : null;
                }

                return extracts ? file?.ValueWord : null;
            }

            case "unzip" or "gunzip" or "bunzip2" or "unxz" or "unzstd":
            {
                var view = CommandLineView.Parse(command.Arguments, ["-d", "-x", "-P"]);
                return view.Positionals.FirstOrDefault(p => LayerPaths.IsArchiveName(p.Value));
            }

            case "dpkg":
            {
                var view = CommandLineView.Parse(command.Arguments);
                return view.Has("-i", "--install") ? view.Positionals.FirstOrDefault(p => p.Value.EndsWith(".deb", StringComparison.Ordinal)) : null;
            }

            case "rpm":
            {
                var view = CommandLineView.Parse(command.Arguments);
                return view.Has("-i", "-U", "--install", "--upgrade") ? view.Positionals.FirstOrDefault(p => p.Value.EndsWith(".rpm", StringComparison.Ordinal)) : null;
            }

            default:
                if (OsPackages.AsInstall(command) is { } install)
                {
                    return install.Packages.Select(p => p.Word).FirstOrDefault(w => w.Value.Contains('/') && (w.Value.EndsWith(".deb", StringComparison.Ordinal) || w.Value.EndsWith(".rpm", StringComparison.Ordinal) || w.Value.EndsWith(".apk", StringComparison.Ordinal)));
                }

                return null;
        }
    }

    private static bool IsOldStyleExtract(string word) =>
        word.Length >= 2 && word.Length <= 8 && word.All(char.IsAsciiLetterLower) && word.Contains('x');
}
