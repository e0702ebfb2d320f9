using DockOpt.Core.Semantics;
using DockOpt.Core.Shell;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Analysis;

/// <summary>How a path came into a layer.</summary>
public enum AddedBy
{
    /// <summary>COPY from the build context or another stage.</summary>
    Copy,

    /// <summary>ADD of a local file or folder.</summary>
    Add,

    /// <summary>ADD of a URL.</summary>
    AddUrl,

    /// <summary>A download in a RUN: <c>curl -o</c>, <c>wget -O</c>, <c>git clone</c>.</summary>
    Download,

    /// <summary><c>mkdir</c> in a RUN.</summary>
    MakeDirectory,
}

/// <summary>A path an instruction put into the image, with the word that names its source.</summary>
/// <param name="Path">Absolute and normalised.</param>
/// <param name="IsDirectory">True when the path is a folder the instruction filled (COPY dir/ /app/).</param>
public sealed record AddedPath(string Path, bool IsDirectory, AddedBy By, InstructionContext Instruction, string Source)
{
    /// <summary>The 1-based line of the instruction that added the path.</summary>
    public int Line(SourceText source) => source.GetLocation(Instruction.Instruction.Span).Line;
}

/// <summary>
/// Tracks, per stage, the paths that earlier layers added: what COPY and ADD wrote, what a RUN downloaded
/// (and did not delete again in the same RUN) and the folders a RUN created. A stage built on another
/// (<c>FROM base</c>) starts with what its base had. Rules feed it each instruction after inspecting it,
/// so that what they find in the tracker always comes from an earlier layer.
/// </summary>
public sealed class LayerPaths
{
    private static readonly string[] ArchiveExtensions =
    [
        ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz", ".tbz2", ".tar.xz", ".txz", ".tar.zst", ".tzst", ".tar.lz", ".tar.lzma", ".tlz",
        ".gz", ".bz2", ".xz", ".zst", ".lzma",
    ];

    private readonly Dictionary<Stage, List<AddedPath>> _byStage = new();

    /// <summary>Starts a stage with what its base stage had.</summary>
    public void EnterStage(Stage stage) =>
        _byStage[stage] = stage.BaseStage is not null && _byStage.TryGetValue(stage.BaseStage, out var inherited)
            ? new List<AddedPath>(inherited)
            : new List<AddedPath>();

    /// <summary>What earlier layers of the stage added, oldest first.</summary>
    public IReadOnlyList<AddedPath> In(Stage stage) => _byStage.TryGetValue(stage, out var list) ? list : [];

    public void Forget(Stage stage, AddedPath path)
    {
        if (_byStage.TryGetValue(stage, out var list))
        {
            list.Remove(path);
        }
    }

    /// <summary>Records what <paramref name="instruction"/> adds; call after inspecting it.</summary>
    public void Record(InstructionContext instruction, RunScript? script)
    {
        if (!_byStage.TryGetValue(instruction.Stage, out var list))
        {
            return;
        }

        switch (instruction.Instruction.Kind)
        {
            case InstructionKind.Copy or InstructionKind.Add:
                list.AddRange(CopyTargets(instruction));
                break;
            case InstructionKind.Run when script is not null:
                foreach (var (command, path) in Downloads(script))
                {
                    if (!ImagePaths.RemovedLater(script, command, path.Path))
                    {
                        list.Add(path);
                    }
                }

                foreach (var command in script.Commands.Where(c => c.Program == "mkdir"))
                {
                    foreach (var word in CommandLineView.Parse(command.Arguments, ["-m", "--mode", "--context"]).Positionals)
                    {
                        if (ImagePaths.PathOf(word, script, command) is { } path)
                        {
                            list.Add(new AddedPath(path, true, AddedBy.MakeDirectory, instruction, word.Value));
                        }
                    }
                }

                break;
        }
    }

    /// <summary>True for a file name that tar, unzip or a decompressor reads (<c>.tar.gz</c>, <c>.tgz</c>, <c>.zip</c>...).</summary>
    public static bool IsArchiveName(string name) => IsTarArchiveName(name) || name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the compressed or plain tar names that ADD extracts from the build context (<c>.tar</c>, <c>.tar.gz</c>, <c>.tgz</c>, <c>.xz</c>...); not <c>.zip</c>, which ADD copies as it is.</summary>
    public static bool IsTarArchiveName(string name) => ArchiveExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>True for the URLs ADD downloads (or clones) rather than reading from the context.</summary>
    public static bool IsRemoteSource(string source) =>
        source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("git@", StringComparison.Ordinal) || source.StartsWith("git://", StringComparison.OrdinalIgnoreCase)
        || source.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The paths a COPY or ADD writes: a file source lands at the destination (or inside it when the destination
    /// is a folder), a folder's contents are merged into the destination. Sources whose names have no extension
    /// are taken as folders. Local archives that ADD extracts, heredocs and unresolved variables are skipped.
    /// </summary>
    public static IReadOnlyList<AddedPath> CopyTargets(InstructionContext copy)
    {
        var syntax = copy.Instruction;
        if (syntax.Heredocs.Count > 0)
        {
            return [];
        }

        var words = syntax.Form == CommandForm.Exec ? syntax.ExecArguments : syntax.Words;
        if (words.Count < 2)
        {
            return [];
        }

        var destination = copy.Expand(words[^1]);
        if (!destination.IsFullyResolved || destination.Value.Length == 0)
        {
            return [];
        }

        var isAdd = syntax.Kind == InstructionKind.Add;
        var intoFolder = destination.Value.EndsWith('/') || words.Count > 2 || destination.Value is "." or "..";
        var destinationPath = ImagePaths.Combine(copy.Workdir, destination.Value);
        var result = new List<AddedPath>();
        foreach (var word in words.Take(words.Count - 1))
        {
            var expanded = copy.Expand(word);
            if (!expanded.IsFullyResolved || expanded.Value.Length == 0)
            {
                continue;
            }

            var source = expanded.Value;
            if (isAdd && IsRemoteSource(source))
            {
                var isGit = source.StartsWith("git", StringComparison.OrdinalIgnoreCase) || source.Contains(".git", StringComparison.Ordinal) || source.StartsWith("ssh://", StringComparison.OrdinalIgnoreCase);
                var urlName = ImagePaths.FileName(source.Split('?', '#')[0]);
                var target = isGit || !intoFolder ? destinationPath : ImagePaths.Combine(destinationPath, urlName);
                result.Add(new AddedPath(target, isGit, AddedBy.AddUrl, copy, source));
                continue;
            }

            var name = ImagePaths.FileName(source);
            if (isAdd && IsTarArchiveName(name))
            {
                continue; // extracted, not stored
            }

            var by = isAdd ? AddedBy.Add : AddedBy.Copy;
            var isFolder = source is "." or "./" || source.EndsWith('/') || source.IndexOfAny(['*', '?', '[']) >= 0;
            if (!intoFolder)
            {
                AddUnlessRoot(destinationPath, isFolder || !HasExtension(name));
            }
            else if (isFolder)
            {
                AddUnlessRoot(destinationPath, true);
            }
            else
            {
                // A name without an extension may be a file (it lands inside the destination) or a folder (its contents merge into it).
                AddUnlessRoot(ImagePaths.Combine(destinationPath, name), !HasExtension(name));
                if (!HasExtension(name))
                {
                    AddUnlessRoot(destinationPath, true);
                }
            }

            void AddUnlessRoot(string path, bool folder)
            {
                if (path != "/")
                {
                    result.Add(new AddedPath(path, folder, by, copy, source));
                }
            }
        }

        return result;
    }

    /// <summary>The files a RUN downloads: <c>curl -o</c>/<c>-O</c>, <c>wget</c> (<c>-O</c>, <c>-P</c> or the remote name) and <c>git clone</c>.</summary>
    public static IEnumerable<(ShellCommand Command, AddedPath Path)> Downloads(RunScript script)
    {
        foreach (var command in script.Commands)
        {
            switch (command.Program)
            {
                case "curl":
                {
                    var view = CommandLineView.Parse(command.Arguments, KnownOptions.Curl);
                    foreach (var option in view.Find("-o", "--output"))
                    {
                        if (option.Value is { } value && value is not ("-" or "/dev/null") && Resolve(value, option.ValueWord ?? option.Word, script, command) is { } path)
                        {
                            yield return (command, new AddedPath(path, false, AddedBy.Download, script.Context, value));
                        }
                    }

                    if (view.Has("-O", "--remote-name", "--remote-name-all") && !view.Has("--output-dir"))
                    {
                        foreach (var url in view.Positionals.Where(p => IsRemoteSource(p.Value)))
                        {
                            if (RemoteName(url, script, command) is { } path)
                            {
                                yield return (command, new AddedPath(path, false, AddedBy.Download, script.Context, url.Value));
                            }
                        }
                    }

                    break;
                }

                case "wget":
                {
                    var view = CommandLineView.Parse(command.Arguments, KnownOptions.Wget);
                    var outputs = view.Find("-O", "--output-document").ToList();
                    if (outputs.Count > 0)
                    {
                        foreach (var option in outputs)
                        {
                            if (option.Value is { } value && value is not ("-" or "/dev/null") && Resolve(value, option.ValueWord ?? option.Word, script, command) is { } path)
                            {
                                yield return (command, new AddedPath(path, false, AddedBy.Download, script.Context, value));
                            }
                        }
                    }
                    else if (!view.Has("-r", "--recursive", "-m", "--mirror", "-i", "--input-file", "--spider"))
                    {
                        var prefix = view.Values("-P", "--directory-prefix").LastOrDefault();
                        foreach (var url in view.Positionals.Where(p => IsRemoteSource(p.Value)))
                        {
                            var name = ImagePaths.Value(url, script.Context) is { } value ? ImagePaths.FileName(value.Split('?', '#')[0]) : null;
                            if (string.IsNullOrEmpty(name) || name.Contains(':'))
                            {
                                continue;
                            }

                            var folder = prefix ?? ".";
                            var cwd = folder.StartsWith('/') ? "/" : ImagePaths.WorkingDirectory(script, command);
                            if (cwd is null)
                            {
                                continue;
                            }

                            var path = ImagePaths.Combine(ImagePaths.Combine(cwd, folder), name);
                            yield return (command, new AddedPath(path, false, AddedBy.Download, script.Context, url.Value));
                        }
                    }

                    break;
                }

                case "git":
                {
                    var view = CommandLineView.Parse(command.Arguments, ["-b", "--branch", "--depth", "-o", "--origin", "-c", "--config", "--reference", "--separate-git-dir", "-u", "--upload-pack", "--filter", "-j", "--jobs"]);
                    if (view.Subcommand != "clone" || view.Positionals.Count < 2)
                    {
                        break;
                    }

                    string? path;
                    if (view.Positionals.Count >= 3)
                    {
                        path = ImagePaths.PathOf(view.Positionals[2], script, command);
                    }
                    else
                    {
                        var name = ImagePaths.Value(view.Positionals[1], script.Context) is { } url ? ImagePaths.FileName(url) : null;
                        if (name is null || name.Length == 0)
                        {
                            break;
                        }

                        name = name.EndsWith(".git", StringComparison.Ordinal) ? name[..^4] : name;
                        path = ImagePaths.WorkingDirectory(script, command) is { } cwd ? ImagePaths.Combine(cwd, name) : null;
                    }

                    if (path is not null && path != "/")
                    {
                        yield return (command, new AddedPath(path, true, AddedBy.Download, script.Context, view.Positionals[1].Value));
                    }

                    break;
                }
            }
        }
    }

    private static bool HasExtension(string name)
    {
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1;
    }

    private static string? Resolve(string value, ShellWord word, RunScript script, ShellCommand command) =>
        word.Value == value ? ImagePaths.PathOf(word, script, command) : null;

    private static string? RemoteName(ShellWord url, RunScript script, ShellCommand command)
    {
        if (ImagePaths.WorkingDirectory(script, command) is not { } cwd || ImagePaths.Value(url, script.Context) is not { } value)
        {
            return null;
        }

        var name = ImagePaths.FileName(value.Split('?', '#')[0]);
        return name.Length == 0 || name.Contains(':') ? null : ImagePaths.Combine(cwd, name);
    }
}
