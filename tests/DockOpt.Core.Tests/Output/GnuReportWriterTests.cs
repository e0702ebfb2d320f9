using DockOpt.Core.Output;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Output;

[TestClass]
public sealed class GnuReportWriterTests
{
    private static string Range(string text, Location location) => GnuReportWriter.Range(SourceText.From(text), location);

    [TestMethod]
    public void Finding_is_path_line_column_range_severity_message_and_id() =>
        Reports.Render(GnuReportWriter.Write, Reports.Of("FROM ubuntu\n", "svc/Dockerfile", Reports.Unpinned))
            .Should().Be("svc/Dockerfile:1.6-11: warning: the base image 'ubuntu' has no tag, so it means 'latest'; pin a version tag or a digest [DOPT4001]\n");

    [TestMethod]
    public void Severities_become_error_warning_and_note()
    {
        var text = Reports.Render(GnuReportWriter.Write, Reports.EverySeverity());

        text.Should().Contain(": error: ").And.Contain("[DOPT0001]");
        text.Should().MatchRegex(@"(?m)^Dockerfile:[0-9.-]+: warning: .*\[DOPT4001\]$");
        text.Should().MatchRegex(@"(?m)^Dockerfile:[0-9.-]+: note: .*\[DOPT3001\]$");
    }

    [TestMethod]
    public void Range_over_several_lines_names_both_lines() =>
        Range("RUN a \\\n  b\n", new Location(1, 5, 2, 4)).Should().Be("1.5-2.3");

    [TestMethod]
    public void End_column_is_inclusive() =>
        Range("FROM ubuntu\n", new Location(1, 6, 1, 12)).Should().Be("1.6-11");

    [TestMethod]
    public void One_column_has_no_range() =>
        Range("FROM ubuntu\n", new Location(1, 6, 1, 7)).Should().Be("1.6");

    [TestMethod]
    public void Insertion_point_has_no_range() =>
        Range("FROM ubuntu\n", new Location(1, 12, 1, 12)).Should().Be("1.12");

    [TestMethod]
    public void Span_ending_with_a_line_break_ends_on_the_line_before() =>
        Range("RUN a\nRUN b\n", new Location(1, 1, 2, 1)).Should().Be("1.1-5");

    [TestMethod]
    public void Tabs_stop_every_eight_columns() =>
        Range("RUN\tapt-get install -y curl\n", new Location(1, 5, 1, 20)).Should().Be("1.9-23");

    [TestMethod]
    public void Wide_characters_take_two_columns() =>
        Range("LABEL a=日本 b=1\n", new Location(1, 12, 1, 15)).Should().Be("1.14-16");

    [TestMethod]
    public void Characters_outside_the_basic_plane_count_once() =>
        Range("LABEL a=\U00010400 b=1\n", new Location(1, 12, 1, 15)).Should().Be("1.11-13");

    [TestMethod]
    public void Emoji_take_two_columns() =>
        Range("LABEL a=\U0001F600 b=1\n", new Location(1, 12, 1, 15)).Should().Be("1.12-14");

    [TestMethod]
    public void Combining_marks_take_no_column() =>
        Range("LABEL a=e\u0301 b=1\n", new Location(1, 12, 1, 15)).Should().Be("1.11-13");
}
