using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4001Tests
{
    private const string Id = "DOPT4001";

    [TestMethod]
    public void No_tag_is_caught() => Catches(Id, "FROM ubuntu\n", "1:6-1:12");

    [TestMethod]
    public void Latest_is_caught() => Catches(Id, "FROM node:latest AS build\n", "1:6-1:17");

    [TestMethod]
    public void Arg_expanding_to_latest_is_caught() => Catches(Id, "ARG TAG=latest\nFROM alpine:$TAG\n", "2:6-2:17");

    [TestMethod]
    public void Registry_port_is_not_a_tag() => Catches(Id, "FROM localhost:5000/app\n", "1:6-1:24");

    [TestMethod]
    public void Tag_passes() => Passes(Id, "FROM python:3.12-slim\n");

    [TestMethod]
    public void Digest_passes() => Passes(Id, "FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n");

    [TestMethod]
    public void Earlier_stage_passes() => Passes(Id, "FROM python:3.12 AS base\nFROM base\n");

    [TestMethod]
    public void Scratch_passes() => Passes(Id, "FROM scratch\n");

    [TestMethod]
    public void Unresolved_arg_passes() => Passes(Id, "ARG IMAGE\nFROM $IMAGE\n");
}
