using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3006Tests
{
    private const string Id = "DOPT3006";

    [TestMethod]
    public void Token_build_arg_is_caught() => Catches(Id, "FROM node:20\nARG NPM_TOKEN\n", "2:5-2:14");

    [TestMethod]
    public void Password_env_is_caught() => Catches(Id, "FROM postgres:16\nENV POSTGRES_PASSWORD=secret\n", "2:5-2:22");

    [TestMethod]
    public void Aws_secret_key_is_caught() => Catches(Id, "FROM debian:12\nENV AWS_SECRET_ACCESS_KEY=x AWS_ACCESS_KEY_ID=y\n", "2:5-2:26");

    [TestMethod]
    public void Glued_password_is_caught() => Catches(Id, "FROM postgres:16\nENV PGPASSWORD=secret\n", "2:5-2:15");

    [TestMethod]
    public void Descriptive_names_pass() =>
        Passes(Id, "FROM debian:12\nENV DB_PASSWORD_FILE=/run/secrets/db GPG_KEY=A035C8C1 PUBLIC_KEY=x AUTH_URL=https://a AUTH_ENABLED=true TOKENIZER=bpe MONKEY=1\n");

    [TestMethod]
    public void Flag_values_and_dummy_names_pass()
    {
        Passes(Id, "FROM ruby:3.3\nENV SECRET_KEY_BASE_DUMMY=true\n");
        Passes(Id, "FROM node:20\nENV USE_TOKEN=1 AUTH=off\n");
        Passes(Id, "FROM node:20\nARG SKIP_AUTH=false\n");
        Passes(Id, "FROM python:3.12 AS prepare\nENV DJANGO_CA_SECRET_KEY=dummy\n");
    }

    [TestMethod]
    public void An_arg_with_a_placeholder_default_is_caught() =>
        Catches(Id, "FROM node:20\nARG GITHUB_TOKEN=none\n", "2:5-2:17");

    [TestMethod]
    public void A_real_value_beside_a_flag_is_caught() =>
        Catches(Id, "FROM node:20\nENV USE_TOKEN=1 API_TOKEN=abc123\n", "2:17-2:26");

    [TestMethod]
    public void Empty_env_passes() => Passes(Id, "FROM debian:12\nENV API_TOKEN=\n");

    [TestMethod]
    public void Global_arg_before_from_passes() => Passes(Id, "ARG REGISTRY_TOKEN\nFROM debian:12\n");
}
