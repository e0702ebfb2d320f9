using DockOpt.Core.Analysis;

namespace DockOpt.Core.Tests.Configuration;

[TestClass]
public sealed class SuppressionTests
{
    private static AnalysisResult Analyze(string dockerfile) =>
        DockerfileAnalyzer.Analyze(dockerfile, "Dockerfile", new AnalyzerOptions { Select = ["DOPT4001", "DOPT2003", "DOPT5001", "DOPT0011"] });

    private static IReadOnlyList<string> Findings(string dockerfile) =>
        Analyze(dockerfile).Diagnostics.Select(d => $"{d.Id}@{d.Location.Line}").ToList();

    [TestMethod]
    public void Dockopt_ignore_suppresses_the_next_instruction()
    {
        var dockerfile = """
            # dockopt ignore=DOPT4001
            FROM ubuntu
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Dockopt_ignore_suppresses_the_next_instruction_only()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            # dockopt ignore=DOPT2003
            RUN apt-get install -y curl
            RUN apt-get install -y wget
            """;

        Findings(dockerfile).Should().Equal("DOPT2003@4");
    }

    [TestMethod]
    public void Dockopt_ignore_takes_several_ids_and_other_comments_may_follow_it()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            # dockopt ignore=DOPT2003, DOPT5001 -- reviewed: the image is a throwaway
            # curl is needed by the health check
            RUN apt-get install -y curl
            CMD ["sh"]
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Blank_line_ends_the_reach_of_a_dockopt_ignore()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            # dockopt ignore=DOPT2003

            RUN apt-get install -y curl
            """;

        Findings(dockerfile).Should().Equal("DOPT2003@4");
    }

    [TestMethod]
    public void Finding_inside_a_continued_instruction_is_suppressed()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            # dockopt ignore=DOPT2003
            RUN apt-get update && \
                apt-get install -y curl
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Dockopt_global_ignore_suppresses_in_the_whole_file()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            RUN apt-get install -y curl
            RUN apt-get install -y wget
            # dockopt global ignore=DOPT2003
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Hadolint_ignore_suppresses_the_rules_with_that_equivalent()
    {
        var dockerfile = """
            # hadolint ignore=DL3006
            FROM ubuntu
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Hadolint_ignore_suppresses_the_next_instruction_only()
    {
        var dockerfile = """
            # hadolint ignore=DL3006
            FROM ubuntu AS build
            FROM debian
            """;

        Findings(dockerfile).Should().Equal("DOPT4001@3");
    }

    [TestMethod]
    public void Hadolint_global_ignore_suppresses_in_the_whole_file()
    {
        var dockerfile = """
            # hadolint global ignore=DL3015,DL3008
            FROM ubuntu:24.04
            RUN apt-get install -y curl
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Hadolint_id_without_a_dockopt_equivalent_suppresses_nothing_else()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            # hadolint ignore=DL3008
            RUN apt-get install -y curl
            """;

        Findings(dockerfile).Should().Equal("DOPT2003@3");
    }

    [TestMethod]
    public void Buildkit_check_skip_suppresses_the_rules_with_that_equivalent()
    {
        var dockerfile = """
            # check=skip=JSONArgsRecommended
            FROM ubuntu:24.04
            CMD python app.py
            """;

        Findings(dockerfile).Should().BeEmpty();
    }

    [TestMethod]
    public void Buildkit_check_skip_all_suppresses_every_rule_with_a_buildkit_equivalent()
    {
        var dockerfile = """
            # check=skip=all;error=true
            FROM ubuntu
            CMD python app.py
            """;

        Findings(dockerfile).Should().Equal("DOPT4001@2");
    }

    [TestMethod]
    public void Suppressed_findings_are_counted()
    {
        var dockerfile = """
            # dockopt global ignore=DOPT2003
            FROM ubuntu:24.04
            RUN apt-get install -y curl
            RUN apt-get install -y wget
            """;

        Analyze(dockerfile).SuppressedCount.Should().Be(2);
    }

    [TestMethod]
    public void Unknown_id_in_a_pragma_is_an_info_finding()
    {
        var dockerfile = """
            FROM ubuntu:24.04
            # dockopt ignore=DOPT2O03
            RUN apt-get install -y curl
            """;

        var finding = Analyze(dockerfile).Diagnostics.Single(d => d.Id == "DOPT0011");

        finding.Severity.Should().Be(Diagnostics.Severity.Info);
        finding.Message.Should().Be("'DOPT2O03' is not a rule id, so this suppression comment suppresses nothing; did you mean DOPT2003?");
    }
}
