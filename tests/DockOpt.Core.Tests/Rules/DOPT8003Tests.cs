using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8003Tests
{
    private const string Id = "DOPT8003";

    [TestMethod]
    public void Npm_ci_in_a_node_image_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n", "4:5-4:11");

    [TestMethod]
    public void Yarn_install_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN yarn install --frozen-lockfile\nCMD [\"node\", \"index.js\"]\n", "2:5-2:17");

    [TestMethod]
    public void Production_false_asks_for_the_dev_dependencies_and_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN yarn install --frozen-lockfile --production=false\nCMD [\"node\", \"server.js\"]\n", "2:5-2:17");

    private const string ScriptImage = "FROM node:22-slim\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"npm\", \"run\", \"serve\"]\n";

    [TestMethod]
    public void A_package_script_is_judged_by_the_package_json_of_the_context()
    {
        const string devDependencies = "\"devDependencies\": {\"ts-node\": \"^10\", \"dotenv\": \"^16\", \"@nestjs/cli\": \"^10\", \"jest\": \"^29\"}";
        using var plain = OptionsRuleTestHelpers.Context(("package.json", $"{{\"scripts\": {{\"serve\": \"node dist/main.js\"}}, {devDependencies}}}"));
        using var tsNode = OptionsRuleTestHelpers.Context(("package.json", $"{{\"scripts\": {{\"serve\": \"node --loader ts-node/esm src/main.ts\"}}, {devDependencies}}}"));
        using var dotenv = OptionsRuleTestHelpers.Context(("package.json", $"{{\"scripts\": {{\"serve\": \"node -r dotenv/config dist/main.js\"}}, {devDependencies}}}"));
        using var nest = OptionsRuleTestHelpers.Context(("package.json", $"{{\"scripts\": {{\"serve\": \"nest start\"}}, {devDependencies}}}"));

        OptionsRuleTestHelpers.Spans(Id, ScriptImage, plain.View).Should().Equal("4:5-4:11");
        OptionsRuleTestHelpers.Spans(Id, ScriptImage, tsNode.View).Should().BeEmpty("the script needs ts-node, a devDependency");
        OptionsRuleTestHelpers.Spans(Id, ScriptImage, dotenv.View).Should().BeEmpty("the script preloads dotenv, a devDependency");
        OptionsRuleTestHelpers.Spans(Id, ScriptImage, nest.View).Should().BeEmpty("nest is the command of @nestjs/cli, a devDependency");
    }

    [TestMethod]
    public void Type_packages_and_scoped_names_are_no_commands()
    {
        using var context = OptionsRuleTestHelpers.Context(("package.json", "{\"scripts\": {\"serve\": \"node dist/main.js\", \"serve\": \"node dist/main.js\"}, \"devDependencies\": {\"@types/node\": \"^20\", \"@swc/core\": \"^1\", \"typescript\": \"^5\"}}"));

        OptionsRuleTestHelpers.Spans(Id, ScriptImage, context.View).Should().Equal("4:5-4:11");
    }

    [TestMethod]
    public void A_package_script_without_its_package_json_passes() => Passes(Id, ScriptImage);

    [TestMethod]
    public void Npm_start_without_a_start_script_runs_node_server_js_and_is_caught()
    {
        using var context = OptionsRuleTestHelpers.Context(("package.json", "{\"devDependencies\": {\"jest\": \"^29\"}}"));

        OptionsRuleTestHelpers.Spans(Id, "FROM node:22-slim\nRUN npm ci\nCMD npm start\n", context.View).Should().Equal("2:5-2:11");
    }

    [TestMethod]
    public void Omit_dev_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Production_flag_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN yarn install --production --frozen-lockfile\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Node_env_production_passes() =>
        Passes(Id, "FROM node:22-slim\nENV NODE_ENV=production\nRUN npm ci\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Node_env_set_after_the_install_does_not_count() =>
        Catches(Id, "FROM node:22-slim\nRUN npm ci\nENV NODE_ENV=production\nCMD [\"node\", \"server.js\"]\n", "2:5-2:11");

    [TestMethod]
    public void Prune_in_the_same_run_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm ci && npm run build && npm prune --omit=dev\nCMD [\"node\", \"dist/server.js\"]\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM node:22 AS build\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n");

    [TestMethod]
    public void Image_that_does_not_run_node_passes() =>
        Passes(Id, "FROM nginx:1.27\nRUN npm ci\nCMD [\"nginx\", \"-g\", \"daemon off;\"]\n");

    [TestMethod]
    public void Installing_named_packages_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm install -g pm2\nCMD [\"pm2-runtime\", \"app.js\"]\n");
}
