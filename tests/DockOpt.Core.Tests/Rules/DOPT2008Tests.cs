using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2008Tests
{
    private const string Id = "DOPT2008";

    [TestMethod]
    public void Chown_of_a_copied_folder_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCOPY . /app\nRUN chown -R app:app /app\n", "3:5-3:26");

    [TestMethod]
    public void Part_of_a_copied_folder_passes() =>
        Passes(Id, "FROM ruby:3.3-slim\nWORKDIR /rails\nCOPY . .\nRUN useradd rails && chown -R rails:rails db log storage tmp\n");

    [TestMethod]
    public void Relative_target_in_the_workdir_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nWORKDIR /code\nCOPY . .\nRUN useradd app && chown -R app /code\n", "4:20-4:38");

    [TestMethod]
    public void Folder_holding_a_copied_file_is_caught() =>
        Catches(Id, "FROM node:22-slim\nCOPY server.js /srv/app/\nRUN chown --recursive node /srv\n", "3:5-3:32");

    [TestMethod]
    public void Copy_with_chown_passes() =>
        Passes(Id, "FROM python:3.12-slim\nCOPY --chown=app:app . /app\n");

    [TestMethod]
    public void Folder_created_by_run_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN mkdir -p /data && chown -R app /data\n");

    [TestMethod]
    public void Non_recursive_chmod_passes() =>
        Passes(Id, "FROM alpine:3.20\nCOPY entrypoint.sh /entrypoint.sh\nRUN chmod +x /entrypoint.sh\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nCOPY . /app\nRUN chown -R 1000 /app\nFROM python:3.12-slim\nCOPY --from=build /app /app\n");
}
