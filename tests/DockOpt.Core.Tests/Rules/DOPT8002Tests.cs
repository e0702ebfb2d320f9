using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8002Tests
{
    private const string Id = "DOPT8002";

    [TestMethod]
    public void Yarn_install_with_a_lock_file_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\n", "4:5-4:17");

    [TestMethod]
    public void Plain_yarn_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn --production\n", "4:5-4:9");

    [TestMethod]
    public void Pnpm_install_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install --prod\n", "4:5-4:17");

    [TestMethod]
    public void Frozen_lockfile_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n");

    [TestMethod]
    public void Immutable_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --immutable\n");

    [TestMethod]
    public void Immutable_variable_passes() =>
        Passes(Id, "FROM node:22-slim\nENV YARN_ENABLE_IMMUTABLE_INSTALLS=true\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install\n");

    [TestMethod]
    public void Pnpm_with_ci_set_passes() =>
        Passes(Id, "FROM node:22-slim\nENV CI=true\nWORKDIR /app\nCOPY package.json pnpm-lock.yaml ./\nRUN pnpm install\n");

    [TestMethod]
    public void No_lock_file_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN yarn install\n");

    [TestMethod]
    public void Yarn_add_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn add left-pad\n");
}
