using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2014Tests
{
    private const string Id = "DOPT2014";

    [TestMethod]
    public void Yarn_install_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN yarn install --frozen-lockfile\n", "2:5-2:17");

    [TestMethod]
    public void Plain_yarn_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN yarn\n", "2:5-2:9");

    [TestMethod]
    public void Yarn_global_add_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN yarn global add pm2\n", "2:5-2:20");

    [TestMethod]
    public void Cache_clean_afterwards_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN yarn install --frozen-lockfile && yarn cache clean\n");

    [TestMethod]
    public void Any_cache_mount_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install\n");

    [TestMethod]
    public void Removing_the_cache_folder_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn\n");

    [TestMethod]
    public void Yarn_build_passes() =>
        Passes(Id, "FROM node:22-slim\nRUN yarn build\n");
}
