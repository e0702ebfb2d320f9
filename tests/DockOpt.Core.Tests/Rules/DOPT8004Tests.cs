using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8004Tests
{
    private const string Id = "DOPT8004";

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
