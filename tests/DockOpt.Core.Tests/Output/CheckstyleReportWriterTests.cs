using System.Xml.Linq;
using DockOpt.Core.Output;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Output;

[TestClass]
public sealed class CheckstyleReportWriterTests
{
    private static XDocument Parse(Report report) => XDocument.Parse(Reports.Render(CheckstyleReportWriter.Write, report));

    [TestMethod]
    public void Report_is_checkstyle_xml_with_an_error_per_finding()
    {
        var root = Parse(Reports.Of("FROM ubuntu\n", "svc/Dockerfile", Reports.Unpinned)).Root!;

        root.Name.LocalName.Should().Be("checkstyle");
        root.Attribute("version")!.Value.Should().Be("4.3");
        var file = root.Elements("file").Should().ContainSingle().Subject;
        file.Attribute("name")!.Value.Should().Be("svc/Dockerfile");
        var error = file.Elements("error").Should().ContainSingle().Subject;
        error.Attribute("line")!.Value.Should().Be("1");
        error.Attribute("column")!.Value.Should().Be("6");
        error.Attribute("severity")!.Value.Should().Be("warning");
        error.Attribute("message")!.Value.Should().StartWith("the base image 'ubuntu' has no tag");
        error.Attribute("source")!.Value.Should().Be("dockopt.DOPT4001");
    }

    [TestMethod]
    public void Declaration_says_utf8() =>
        Reports.Render(CheckstyleReportWriter.Write, Reports.Of()).Should().StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>");

    [TestMethod]
    public void Severities_become_error_warning_and_info() =>
        Parse(Reports.EverySeverity()).Descendants("error").Select(e => (e.Attribute("source")!.Value, e.Attribute("severity")!.Value))
            .Should().Contain([("dockopt.DOPT0001", "error"), ("dockopt.DOPT4001", "warning"), ("dockopt.DOPT3001", "info")]);

    [TestMethod]
    public void File_without_findings_is_listed() =>
        Parse(Reports.Of("FROM ubuntu:24.04\n", options: Reports.Unpinned)).Root!.Elements("file").Should().ContainSingle().Which.Elements().Should().BeEmpty();

    [TestMethod]
    public void Markup_characters_in_messages_and_paths_are_escaped()
    {
        var report = Reports.Of(Reports.WithFinding("FROM ubuntu\n", "use <&\"'> here", new Location(1, 1, 1, 5), path: "a&b<c>/Dockerfile"));

        var text = Reports.Render(CheckstyleReportWriter.Write, report);

        text.Should().Contain("&lt;&amp;&quot;").And.Contain("a&amp;b&lt;c&gt;/Dockerfile");
        var doc = XDocument.Parse(text);
        doc.Descendants("error").Single().Attribute("message")!.Value.Should().Be("use <&\"'> here");
        doc.Descendants("file").Single().Attribute("name")!.Value.Should().Be("a&b<c>/Dockerfile");
    }

    [TestMethod]
    public void Line_breaks_in_messages_survive_parsing()
    {
        var report = Reports.Of(Reports.WithFinding("FROM ubuntu\n", "one\ntwo\tthree", new Location(1, 1, 1, 5)));

        Parse(report).Descendants("error").Single().Attribute("message")!.Value.Should().Be("one\ntwo\tthree");
    }

    [TestMethod]
    public void Characters_xml_cannot_hold_become_replacement_characters()
    {
        var report = Reports.Of(Reports.WithFinding("FROM ubuntu\n", "a\u0001b\uD800c\U0001F600", new Location(1, 1, 1, 5)));

        Parse(report).Descendants("error").Single().Attribute("message")!.Value.Should().Be("a\uFFFDb\uFFFDc\U0001F600");
    }
}
