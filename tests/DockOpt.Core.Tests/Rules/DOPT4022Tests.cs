using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4022Tests
{
    private const string Id = "DOPT4022";

    [TestMethod]
    public void Empty_tag_is_caught() => Catches(Id, "FROM openjdk:\nCMD [\"java\"]\n", "1:6-1:14");

    [TestMethod]
    public void Upper_case_repository_is_caught()
    {
        Catches(Id, "FROM Ubuntu:24.04\n", "1:6-1:18");
        Run(Id, "FROM Ubuntu:24.04\n").Single().Message.Should().Contain("must be lower case");
    }

    [TestMethod]
    public void Empty_digest_and_bad_characters_are_caught()
    {
        Catches(Id, "FROM alpine@\n", "1:6-1:13");
        Catches(Id, "FROM node:20!\n", "1:6-1:14");
    }

    [TestMethod]
    [DataRow("FROM python:3.12-slim\n")]
    [DataRow("FROM scratch\n")]
    [DataRow("FROM localhost:5000/team/app:1.0\n")]
    [DataRow("FROM Registry.Example.com/team/app:v1\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:8.0@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n")]
    [DataRow("FROM golang:1.22 AS build\nFROM build\n")]
    [DataRow("FROM golang:1.22 AS Build\nFROM build\n")]
    [DataRow("ARG TAG\nFROM alpine:${TAG}\n")]
    public void Valid_references_stage_names_and_variables_pass(string dockerfile) => Passes(Id, dockerfile);
}
