using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4006Tests
{
    private const string Id = "DOPT4006";

    [TestMethod]
    public void Duplicate_name_is_caught() => Catches(Id, "FROM node:20 AS build\nFROM python:3.12 AS Build\n", "2:21-2:26");

    [TestMethod]
    public void Message_names_the_first_line() =>
        Run(Id, "FROM node:20 AS build\nFROM python:3.12 AS build\n").Single().Message.Should().Contain("line 1");

    [TestMethod]
    public void Distinct_names_pass() => Passes(Id, "FROM node:20 AS web\nFROM python:3.12 AS api\nFROM alpine:3.20\n");
}
