using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3007Tests
{
    private const string Id = "DOPT3007";

    [TestMethod]
    public void Ssh_key_is_caught() => Catches(Id, "FROM debian:12\nCOPY id_rsa /root/.ssh/id_rsa\n", "2:6-2:12");

    [TestMethod]
    public void Env_file_is_caught() => Catches(Id, "FROM node:20\nCOPY .env package.json ./\n", "2:6-2:10");

    [TestMethod]
    public void Private_key_and_aws_folder_are_caught() =>
        Catches(Id, "FROM nginx:1.27\nCOPY certs/server-key.pem /etc/nginx/\nADD .aws /root/.aws\n", "2:6-2:26", "3:5-3:9");

    [TestMethod]
    public void Templates_certificates_and_public_keys_pass() =>
        Passes(Id, "FROM debian:12\nCOPY .env.example ca.pem id_rsa.pub server.crt ./\n");

    [TestMethod]
    public void Copy_from_another_stage_passes() => Passes(Id, "FROM debian:12 AS keys\nFROM debian:12\nCOPY --from=keys /etc/ssl/private/app.key /tmp/\n");

    [TestMethod]
    public void Whole_context_with_an_env_file_is_caught()
    {
        using var context = OptionsRuleTestHelpers.Context((".env", "DB_PASSWORD=x\n"), ("app.py", "print()\n"));

        OptionsRuleTestHelpers.Spans(Id, "FROM python:3.12\nWORKDIR /app\nCOPY . .\n", context.View).Should().Equal("3:6-3:7");
    }

    [TestMethod]
    public void Whole_context_with_the_env_file_ignored_passes()
    {
        using var context = OptionsRuleTestHelpers.Context((".env", "DB_PASSWORD=x\n"), (".dockerignore", ".env\n.git\n"));

        OptionsRuleTestHelpers.Run(Id, "FROM python:3.12\nWORKDIR /app\nCOPY . .\n", context.View).Should().BeEmpty();
    }

    [TestMethod]
    public void Npmrc_with_a_token_is_caught_when_the_context_is_known()
    {
        using var context = OptionsRuleTestHelpers.Context((".npmrc", "//registry.npmjs.org/:_authToken=abc\n"));

        OptionsRuleTestHelpers.Spans(Id, "FROM node:20\nCOPY .npmrc package.json ./\n", context.View).Should().Equal("2:6-2:12");
    }

    [TestMethod]
    public void Npmrc_without_a_known_context_passes() => Passes(Id, "FROM node:20\nCOPY .npmrc package.json ./\n");
}
