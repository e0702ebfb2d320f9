using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2015Tests
{
    private const string Id = "DOPT2015";

    [TestMethod]
    public void Gem_install_on_a_distribution_image_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nRUN gem install bundler\n", "2:5-2:16");

    [TestMethod]
    public void Ruby_image_passes() =>
        Passes(Id, "FROM ruby:3.3-slim\nRUN gem install bundler\n");

    [TestMethod]
    public void No_document_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN gem install --no-document bundler\n");

    [TestMethod]
    public void Short_flag_passes() =>
        Passes(Id, "FROM ubuntu:24.04\nRUN gem install -N bundler\n");

    [TestMethod]
    public void Gemrc_written_earlier_passes() =>
        Passes(Id, "FROM debian:12-slim\nRUN echo 'gem: --no-document' > /etc/gemrc\nRUN gem install bundler\n");

    [TestMethod]
    public void Unknown_base_image_passes() =>
        Passes(Id, "FROM registry.example.com/ruby-base:1\nRUN gem install bundler\n");

    [TestMethod]
    public void Fix_adds_no_document_after_install()
    {
        var fix = Run(Id, "FROM debian:12-slim\nRUN gem install bundler\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Safe);
        fix.Edits.Single().NewText.Should().Be(" --no-document");
    }

}
