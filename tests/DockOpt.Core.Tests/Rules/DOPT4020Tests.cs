using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4020Tests
{
    private const string Id = "DOPT4020";

    [TestMethod]
    public void Run_that_only_changes_directory_is_caught() => Catches(Id, "FROM node:20\nRUN cd /app\nRUN npm ci\n", "2:1-2:12");

    [TestMethod]
    public void Fix_replaces_it_with_workdir() =>
        Run(Id, "FROM node:20\nRUN cd /app\n").Single().Fix!.Edits.Single().NewText.Should().Be("WORKDIR /app");

    [TestMethod]
    public void Cd_followed_by_work_passes() => Passes(Id, "FROM node:20\nRUN cd /app && npm ci\nRUN (cd /src && make)\n");
}
