using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2004Tests
{
    private const string Id = "DOPT2004";

    [TestMethod]
    public void Full_python_is_caught_with_the_size_saved()
    {
        var diagnostic = Run(Id, "FROM python:3.12\nCMD [\"python\"]\n").Single();

        diagnostic.Location.Should().Be(new Text.Location(1, 6, 1, 17));
        diagnostic.Message.Should().Contain("python:3.12-slim").And.Contain("368 MB");
    }

    [TestMethod]
    public void Arg_expanded_tag_is_judged() =>
        Catches(Id, "ARG PY=3.11\nFROM python:${PY}\n", "2:6-2:18");

    [TestMethod]
    public void Codename_is_kept_in_python_order() =>
        Run(Id, "FROM python:3.12-bookworm\n").Single().Message.Should().Contain("python:3.12-slim-bookworm");

    [TestMethod]
    public void Codename_is_kept_in_node_order() =>
        Run(Id, "FROM node:22-bookworm\n").Single().Message.Should().Contain("node:22-bookworm-slim");

    [TestMethod]
    public void Slim_passes() => Passes(Id, "FROM python:3.12-slim\n");

    [TestMethod]
    public void Alpine_passes() => Passes(Id, "FROM node:22-alpine\n");

    [TestMethod]
    public void Builder_stage_on_the_full_image_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nRUN pip wheel -w /w x\nFROM python:3.12-slim\nCOPY --from=build /w /w\n");

    [TestMethod]
    public void Unknown_image_passes() => Passes(Id, "FROM example.com/python:3.12\n");

    [TestMethod]
    public void Unresolved_arg_passes() => Passes(Id, "ARG PY\nFROM python:${PY}\n");

    [TestMethod]
    public void Fix_replaces_a_literal_image_and_is_unsafe()
    {
        var fix = Run(Id, "FROM python:3.12\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().Be("python:3.12-slim");
    }
}
