using DockOpt.Core.Output;

namespace DockOpt.Core.Tests.Output;

[TestClass]
public sealed class FingerprintsTests
{
    private static string Of(string dockerfile, string id, string path = "Dockerfile")
    {
        var file = Reports.File(dockerfile, path);
        return Fingerprints.Compute(file, file.Diagnostics.Single(d => d.Id == id));
    }

    [TestMethod]
    public void Fingerprint_survives_a_line_inserted_above() =>
        Of("FROM ubuntu\nRUN apt-get install -y curl\n", "DOPT2003")
            .Should().Be(Of("# syntax=docker/dockerfile:1\nFROM ubuntu\n\nENV A=1\nRUN apt-get install -y curl\n", "DOPT2003"));

    [TestMethod]
    public void Fingerprint_ignores_whitespace_inside_the_instruction() =>
        Of("FROM ubuntu\nRUN apt-get install -y curl\n", "DOPT2003")
            .Should().Be(Of("FROM ubuntu\nRUN   apt-get  install\t-y curl   \n", "DOPT2003"));

    [TestMethod]
    public void Fingerprint_survives_rewrapping_continuation_lines() =>
        Of("FROM ubuntu\nRUN apt-get install -y curl\n", "DOPT2003")
            .Should().Be(Of("FROM ubuntu\nRUN apt-get install \\\n    -y curl\n", "DOPT2003"));

    [TestMethod]
    public void Fingerprint_changes_when_the_instruction_changes() =>
        Of("FROM ubuntu\nRUN apt-get install -y curl\n", "DOPT2003")
            .Should().NotBe(Of("FROM ubuntu\nRUN apt-get install -y wget\n", "DOPT2003"));

    [TestMethod]
    public void Fingerprint_changes_with_the_file() =>
        Of("FROM ubuntu\n", "DOPT4001", "a/Dockerfile").Should().NotBe(Of("FROM ubuntu\n", "DOPT4001", "b/Dockerfile"));

    [TestMethod]
    public void Path_is_normalized_before_hashing() =>
        Of("FROM ubuntu\n", "DOPT4001", @".\svc\Dockerfile").Should().Be(Of("FROM ubuntu\n", "DOPT4001", "svc/Dockerfile"));

    [TestMethod]
    public void Rules_on_the_same_instruction_differ() =>
        Of("FROM ubuntu\n", "DOPT4001").Should().NotBe(Of("FROM ubuntu\n", "DOPT3001"));

    [TestMethod]
    public void Identical_instructions_get_distinct_fingerprints()
    {
        var file = Reports.File("FROM ubuntu AS a\nRUN true\nFROM ubuntu AS a2\nFROM ubuntu AS a\n", options: Reports.Unpinned);

        var fingerprints = Fingerprints.ComputeAll(file);

        fingerprints.Should().HaveCount(3).And.OnlyHaveUniqueItems();
    }

    [TestMethod]
    public void Occurrence_index_keeps_earlier_duplicates_stable_when_one_is_appended()
    {
        var two = Fingerprints.ComputeAll(Reports.File("FROM ubuntu AS a\nFROM ubuntu AS a\n", options: Reports.Unpinned));

        var three = Fingerprints.ComputeAll(Reports.File("FROM ubuntu AS a\nFROM ubuntu AS a\nFROM ubuntu AS a\n", options: Reports.Unpinned));

        three.Take(2).Should().Equal(two);
    }

    [TestMethod]
    public void Compute_agrees_with_ComputeAll()
    {
        var file = Reports.File("FROM ubuntu\nRUN apt-get install -y curl\n");

        file.Diagnostics.Select(d => Fingerprints.Compute(file, d)).Should().Equal(Fingerprints.ComputeAll(file));
    }

    [TestMethod]
    public void Finding_of_another_file_is_rejected()
    {
        var other = Reports.File("FROM debian\n", options: Reports.Unpinned).Diagnostics[0];

        var act = () => Fingerprints.Compute(Reports.File("FROM ubuntu\n", options: Reports.Unpinned), other);

        act.Should().Throw<ArgumentException>();
    }

    [TestMethod]
    public void Fingerprint_is_32_lowercase_hex_digits() =>
        Of("FROM ubuntu\n", "DOPT4001").Should().MatchRegex("^[0-9a-f]{32}$");

    [TestMethod]
    public void Whitespace_collapses_to_single_spaces() =>
        Fingerprints.CollapseWhitespace("  RUN \t a\r\n   b  ").Should().Be("RUN a b");
}
