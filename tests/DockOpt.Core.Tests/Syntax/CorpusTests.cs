using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Syntax;

[TestClass]
public sealed class CorpusTests
{
    public static IEnumerable<object[]> ValidFiles => Corpus.Files(includeInvalid: false).Select(f => new object[] { f });

    public static IEnumerable<object[]> AllFiles => Corpus.Files(includeInvalid: true).Select(f => new object[] { f });

    [TestMethod]
    public void Corpus_is_there() => Corpus.Files(includeInvalid: true).Should().HaveCountGreaterThan(50);

    [TestMethod]
    [DynamicData(nameof(AllFiles))]
    public void Every_file_round_trips_byte_for_byte(string name)
    {
        var bytes = File.ReadAllBytes(Corpus.PathOf(name));
        var source = SourceText.From(bytes, name);
        var syntax = DockerfileSyntax.Parse(source);

        if (source.IsValidUtf8)
        {
            syntax.ToBytes().Should().Equal(bytes);
        }
        else
        {
            syntax.ToFullString().Should().Be(source.Text);
        }
    }

    [TestMethod]
    [DynamicData(nameof(ValidFiles))]
    public void Valid_files_parse_without_errors(string name)
    {
        var syntax = DockerfileSyntax.Parse(SourceText.From(File.ReadAllBytes(Corpus.PathOf(name)), name));

        syntax.Errors.Select(e => $"{syntax.Source.GetLocation(e.Span)} {e.Message}").Should().BeEmpty();
        DockerfileModel.Build(syntax).Stages.Should().NotBeEmpty();
    }

    [TestMethod]
    [DynamicData(nameof(AllFiles))]
    public void Every_span_lies_inside_the_text(string name)
    {
        var syntax = DockerfileSyntax.Parse(SourceText.From(File.ReadAllBytes(Corpus.PathOf(name)), name));
        var length = syntax.Source.Length;

        foreach (var instruction in syntax.Instructions)
        {
            foreach (var span in Corpus.SpansOf(instruction))
            {
                span.Start.Should().BeInRange(0, length);
                span.End.Should().BeInRange(span.Start, length);
            }
        }
    }
}

internal static class Corpus
{
    public static string Directory
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !System.IO.Directory.Exists(Path.Combine(dir.FullName, "tests", "corpus")))
            {
                dir = dir.Parent;
            }

            return dir is null ? throw new DirectoryNotFoundException("tests/corpus not found above the test assembly") : Path.Combine(dir.FullName, "tests", "corpus");
        }
    }

    public static IEnumerable<string> Files(bool includeInvalid) => System.IO.Directory
        .EnumerateFiles(Directory, "*.Dockerfile", includeInvalid ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
        .Select(f => Path.GetRelativePath(Directory, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static IEnumerable<TextSpan> SpansOf(InstructionSyntax instruction)
    {
        yield return instruction.FullSpan;
        yield return instruction.Span;
        yield return instruction.KeywordSpan;
        foreach (var flag in instruction.Flags)
        {
            yield return flag.Span;
        }

        foreach (var word in instruction.Words.Concat(instruction.ExecArguments))
        {
            yield return word.Span;
        }

        foreach (var pair in instruction.KeyValues)
        {
            yield return pair.Span;
        }

        foreach (var heredoc in instruction.Heredocs)
        {
            yield return heredoc.BodySpan;
            yield return heredoc.MarkerSpan;
        }
    }
}
