using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4009Tests
{
    private const string Id = "DOPT4009";

    [TestMethod]
    public void Misspelt_arg_is_caught_with_a_suggestion()
    {
        Catches(Id, "ARG PYTHON_VERSION=3.12\nFROM python:${PYTON_VERSION}-slim\n", "2:6-2:34");
        Run(Id, "ARG PYTHON_VERSION=3.12\nFROM python:${PYTON_VERSION}-slim\n").Single().Message.Should().Contain("PYTHON_VERSION");
    }

    [TestMethod]
    public void Stage_arg_used_in_from_is_caught() => Catches(Id, "FROM alpine:3.20\nARG TAG=1\nFROM node:$TAG\n", "3:6-3:15");

    [TestMethod]
    public void Undeclared_platform_variable_is_caught() => Catches(Id, "FROM --platform=$BUILD_PLATFORM alpine:3.20\n", "1:17-1:32");

    [TestMethod]
    public void Global_args_platform_args_and_defaults_pass() =>
        Passes(Id, "ARG TAG=3.20\nFROM --platform=$BUILDPLATFORM alpine:${TAG}\nFROM node:${NODE_TAG:-20}\n");
}
