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
        Catches(Id, "FROM node:22-slim\nRUN yarn install --frozen-lockfile\nCMD [\"yarn\", \"start\"]\n", "2:5-2:17");

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
