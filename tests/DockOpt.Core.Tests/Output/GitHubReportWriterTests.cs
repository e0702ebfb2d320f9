using DockOpt.Core.Diagnostics;
using DockOpt.Core.Output;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Output;

[TestClass]
public sealed class GitHubReportWriterTests
{
    [TestMethod]
    public void Finding_is_one_warning_command_with_position_and_title() =>
        Reports.Render(GitHubReportWriter.Write, Reports.Of("FROM ubuntu\n", "svc/Dockerfile", Reports.Unpinned))
            .Should().Be("::warning file=svc/Dockerfile,line=1,col=6,endLine=1,endColumn=12,title=DOPT4001 Base image not pinned::the base image 'ubuntu' has no tag, so it means 'latest'; pin a version tag or a digest\n");

    [TestMethod]
    public void Severities_become_error_warning_and_notice()
    {
        var lines = Reports.Render(GitHubReportWriter.Write, Reports.EverySeverity()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        lines.Should().Contain(l => l.StartsWith("::error ") && l.Contains("title=DOPT0001 "));
        lines.Should().Contain(l => l.StartsWith("::warning ") && l.Contains("title=DOPT4001 "));
        lines.Should().Contain(l => l.StartsWith("::notice ") && l.Contains("title=DOPT3001 "));
    }

    [TestMethod]
    public void Finding_over_several_lines_has_no_columns()
    {
        var file = Reports.WithFinding("FROM ubuntu\nRUN a \\\n  b\n", "m", new Location(2, 1, 3, 4));

        GitHubReportWriter.Format(file.DisplayPath, file.Diagnostics[0])
            .Should().Be("::warning file=Dockerfile,line=2,endLine=3,title=DOPT4001 Base image not pinned::m");
    }

    [TestMethod]
    public void Message_escapes_percent_and_line_breaks()
    {
        var d = Reports.WithFinding("FROM ubuntu\n", "100% sure\r\nnext: a,b", new Location(1, 1, 1, 5)).Diagnostics[0];

        GitHubReportWriter.Format("Dockerfile", d).Should().EndWith("::100%25 sure%0D%0Anext: a,b");
    }

    [TestMethod]
    public void Properties_also_escape_colon_and_comma() =>
        GitHubReportWriter.EscapeProperty("C:\\a,b%\n").Should().Be("C%3A\\a%2Cb%25%0A");

    [TestMethod]
    public void Path_uses_forward_slashes()
    {
        var d = Reports.WithFinding("FROM ubuntu\n", "m", new Location(1, 1, 1, 5)).Diagnostics[0];

        GitHubReportWriter.Format(@"svc\api\Dockerfile", d).Should().Contain("file=svc/api/Dockerfile,");
    }

    [TestMethod]
    public void Path_with_separators_is_escaped()
    {
        var d = Reports.WithFinding("FROM ubuntu\n", "m", new Location(1, 1, 1, 5)).Diagnostics[0];

        GitHubReportWriter.Format("a,b:c/Dockerfile", d).Should().Contain(" file=a%2Cb%3Ac/Dockerfile,line=1,");
    }

    [TestMethod]
    public void Unknown_rule_is_titled_by_its_id()
    {
        var d = new Diagnostic("DOPT9999", Severity.Warning, "cache", "m", new TextSpan(0, 1), new Location(1, 1, 1, 2), null);

        GitHubReportWriter.Format("Dockerfile", d).Should().Be("::warning file=Dockerfile,line=1,col=1,endLine=1,endColumn=2,title=DOPT9999::m");
    }
}
