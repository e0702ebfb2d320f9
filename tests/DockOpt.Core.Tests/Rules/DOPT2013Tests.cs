using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2013Tests
{
    private const string Id = "DOPT2013";

    [TestMethod]
    public void Npm_ci_without_cleaning_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN npm ci --omit=dev\n", "2:5-2:11");

    [TestMethod]
    public void Npm_install_as_node_is_caught() =>
        Catches(Id, "FROM node:22-slim\nUSER node\nRUN npm install\n", "3:5-3:16");

    [TestMethod]
    public void Cache_clean_afterwards_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm ci --omit=dev && npm cache clean --force\n");

    [TestMethod]
    public void Removing_the_cache_folder_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm ci && rm -rf /root/.npm\n");

    [TestMethod]
    public void Removing_it_with_a_tilde_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm ci && rm -rf ~/.npm\n");

    [TestMethod]
    public void Removing_it_through_home_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm ci && rm -rf \"$HOME/.npm\"\n");

    [TestMethod]
    public void Cache_mount_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci\n");

    [TestMethod]
    public void Cache_mount_for_another_user_does_not_count() =>
        Catches(Id, "FROM node:22-slim\nUSER node\nRUN --mount=type=cache,target=/root/.npm npm ci\n", "3:42-3:48");

    [TestMethod]
    public void Npm_run_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN npm run build\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM node:22 AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html\n");
}
