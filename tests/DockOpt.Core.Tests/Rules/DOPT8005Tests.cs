using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8005Tests
{
    private const string Id = "DOPT8005";

    [TestMethod]
    public void Npm_run_dev_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCMD [\"npm\", \"run\", \"dev\"]\n", "2:7-2:24");

    [TestMethod]
    public void Nodemon_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCMD nodemon server.js\n", "2:5-2:12");

    [TestMethod]
    public void Next_dev_through_npx_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCMD [\"npx\", \"next\", \"dev\"]\n", "2:14-2:25");

    [TestMethod]
    public void Yarn_dev_behind_tini_is_caught() =>
        Catches(Id, "FROM node:22-slim\nENTRYPOINT [\"tini\", \"--\"]\nCMD [\"yarn\", \"dev\"]\n", "3:7-3:18");

    [TestMethod]
    public void Node_watch_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCMD [\"node\", \"--watch\", \"server.js\"]\n", "2:7-2:22");

    [TestMethod]
    public void Node_server_passes() =>
        Passes(Id, "FROM node:22-slim\nCMD [\"node\", \"server.js\"]\n");

    [TestMethod]
    public void Npm_start_passes() =>
        Passes(Id, "FROM node:22-slim\nCMD [\"npm\", \"start\"]\n");

    [TestMethod]
    public void Next_start_passes() =>
        Passes(Id, "FROM node:22-slim\nCMD [\"npx\", \"next\", \"start\"]\n");

    [TestMethod]
    public void Final_stage_named_dev_passes() =>
        Passes(Id, "FROM node:22-slim AS dev\nCMD [\"npm\", \"run\", \"dev\"]\n");

    [TestMethod]
    public void Vite_preview_passes() =>
        Passes(Id, "FROM node:22-slim\nCMD [\"vite\", \"preview\"]\n");
}
