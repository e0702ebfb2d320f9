using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8004Tests
{
    private const string Id = "DOPT8004";

    [TestMethod]
    [DataRow("CMD [\"npx\", \"next\", \"start\"]", DisplayName = "next start sets it")]
    [DataRow("CMD NODE_ENV=production node server.js", DisplayName = "set inline")]
    [DataRow("CMD [\"npm\", \"start\"]", DisplayName = "a package script with no package.json to read")]
    public void A_command_that_may_set_it_itself_passes(string cmd) => Passes(Id, $"FROM node:22-slim\nWORKDIR /app\nCOPY . .\n{cmd}\n");

    [TestMethod]
    public void Inline_development_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCMD NODE_ENV=development node server.js\n", "2:1-2:4");

    [TestMethod]
    public void A_package_script_is_judged_by_the_package_json_of_the_context()
    {
        const string Image = "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD [\"npm\", \"start\"]\n";
        using var plain = OptionsRuleTestHelpers.Context(("package.json", "{\"scripts\": {\"start\": \"node dist/server.js\"}}"));
        using var next = OptionsRuleTestHelpers.Context(("package.json", "{\"scripts\": {\"start\": \"next start -p $PORT\"}}"));
        using var inline = OptionsRuleTestHelpers.Context(("package.json", "{\"scripts\": {\"start\": \"NODE_ENV=production node index.js\"}}"));
        using var noScript = OptionsRuleTestHelpers.Context(("package.json", "{\"name\": \"web\"}"));

        OptionsRuleTestHelpers.Spans(Id, Image, plain.View).Should().Equal("4:1-4:4");
        OptionsRuleTestHelpers.Spans(Id, Image, noScript.View).Should().Equal(new[] { "4:1-4:4" }, "npm start without a start script runs node server.js");
        OptionsRuleTestHelpers.Spans(Id, Image, next.View).Should().BeEmpty();
        OptionsRuleTestHelpers.Spans(Id, Image, inline.View).Should().BeEmpty();
    }

    [TestMethod]
    public void Missing_node_env_is_caught_at_the_command() =>
        Catches(Id, "FROM node:22-slim\nCOPY . /app\nCMD [\"node\", \"/app/server.js\"]\n", "3:1-3:4");

    [TestMethod]
    public void Development_value_is_caught() =>
        Catches(Id, "FROM node:22-slim\nENV NODE_ENV=development\nCMD [\"npm\", \"start\"]\n", "2:5-2:25");

    [TestMethod]
    public void Production_passes() =>
        Passes(Id, "FROM node:22-slim\nENV NODE_ENV=production\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Production_from_a_build_arg_passes() =>
        Passes(Id, "FROM node:22-slim\nARG NODE_ENV=production\nENV NODE_ENV=$NODE_ENV\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Unknown_value_passes() =>
        Passes(Id, "FROM node:22-slim\nARG NODE_ENV\nENV NODE_ENV=$NODE_ENV\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Non_node_base_passes() =>
        Passes(Id, "FROM debian:12-slim\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Development_server_is_left_to_DOPT8005() =>
        Passes(Id, "FROM node:22-slim\nCMD [\"npm\", \"run\", \"dev\"]\n");

    [TestMethod]
    public void Static_site_image_passes() =>
        Passes(Id, "FROM node:22 AS build\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /dist /usr/share/nginx/html\n");
}
