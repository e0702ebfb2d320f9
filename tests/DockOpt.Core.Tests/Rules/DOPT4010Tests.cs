using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4010Tests
{
    private const string Id = "DOPT4010";

    [TestMethod]
    public void Empty_tag_is_caught() => Catches(Id, "ARG TAG\nFROM alpine:${TAG}\n", "2:6-2:19");

    [TestMethod]
    public void Empty_image_is_caught() => Catches(Id, "ARG BASE\nFROM $BASE\n", "2:6-2:11");

    [TestMethod]
    public void Upper_case_default_is_caught() => Catches(Id, "ARG NAME=Alpine\nFROM ${NAME}:3.20\n", "2:6-2:18");

    [TestMethod]
    public void Valid_defaults_pass() =>
        Passes(Id, "ARG TAG=3.20\nARG VARIANT\nFROM alpine:${TAG}\nFROM python:3.12${VARIANT:+-$VARIANT}\nFROM debian:${SUITE:-bookworm}-slim AS x\nFROM x\n");

    [TestMethod]
    public void Undeclared_variables_are_left_to_dopt4009() => Passes(Id, "FROM alpine:${TAG}\n");
}
