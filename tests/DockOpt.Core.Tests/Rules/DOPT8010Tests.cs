using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8010Tests
{
    private const string Id = "DOPT8010";

    [TestMethod]
    public void Bundle_install_in_a_shipped_stage_is_caught() =>
        Catches(Id, "FROM ruby:3.3-slim\nCOPY Gemfile Gemfile.lock ./\nRUN bundle install\n", "3:5-3:19");

    [TestMethod]
    public void Bundle_without_passes() =>
        Passes(Id, "FROM ruby:3.3-slim\nENV BUNDLE_WITHOUT=\"development:test\"\nRUN bundle install\n");

    [TestMethod]
    public void Bundle_config_earlier_passes() =>
        Passes(Id, "FROM ruby:3.3-slim\nRUN bundle config set --local without 'development test'\nRUN bundle install\n");

    [TestMethod]
    public void Without_option_passes() =>
        Passes(Id, "FROM ruby:3.3-slim\nRUN bundle install --without development test\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM ruby:3.3 AS gems\nRUN bundle install\nFROM ruby:3.3-slim\nCOPY --from=gems /usr/local/bundle /usr/local/bundle\n");
}
