using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT5001Tests
{
    private const string Id = "DOPT5001";

    [TestMethod]
    public void Shell_form_cmd_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nCMD gunicorn --bind :$PORT main:app\n", "2:1-2:36");

    [TestMethod]
    public void Shell_form_entrypoint_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nENTRYPOINT python app.py\n", "2:1-2:25");

    [TestMethod]
    [DataRow("FROM node:22-alpine\nCMD npm run start\n", DisplayName = "Alpine: BusyBox ash execs it")]
    [DataRow("FROM alpine:3.20\nCMD ./server --port 8080\n", DisplayName = "alpine itself")]
    [DataRow("FROM python:3.12-alpine3.20 AS base\nFROM base\nCMD python app.py\n", DisplayName = "through a stage")]
    [DataRow("FROM maven:3-amazoncorretto-11\nCMD mvn spring-boot:run\n", DisplayName = "amazoncorretto: sh is bash")]
    [DataRow("FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nCMD ./server\n", DisplayName = "UBI")]
    [DataRow("FROM python:3.12-slim\nSHELL [\"/bin/bash\", \"-c\"]\nCMD PORT=8080 python app.py\n", DisplayName = "SHELL bash")]
    [DataRow("FROM openjdk:8-jre-alpine\nCMD echo starting && sleep 5 && java -jar /app.war\n", DisplayName = "ash execs the last of an and-list")]
    [DataRow("FROM php:7.4-fpm-alpine\nCMD composer install ; php-fpm\n", DisplayName = "ash execs the last of a sequence")]
    [DataRow("FROM smebberson/alpine-nginx:latest\nCMD flaskbb start\n", DisplayName = "an image named for Alpine")]
    public void A_lone_command_under_a_shell_that_execs_it_passes(string dockerfile) => Passes(Id, dockerfile);

    [TestMethod]
    public void A_list_under_such_a_shell_and_a_lone_command_under_dash_are_caught()
    {
        Catches(Id, "FROM node:22-alpine\nCMD npm run migrate | tee log && npm start\n", "2:1-2:43");
        Catches(Id, "FROM node:22-alpine\nCMD npm run worker & npm start\n", "2:1-2:31");
        Catches(Id, "FROM python:3.12\nCMD python migrate.py && gunicorn app\n", "2:1-2:38");
        Catches(Id, "FROM maven:3-amazoncorretto-21\nCMD mvn package && java -jar app.jar\n", "2:1-2:37");
        Catches(Id, "FROM maven:3-amazoncorretto-21-debian\nCMD java -jar app.jar\n", "2:1-2:22");
        Catches(Id, "FROM ubuntu:24.04\nCMD ./server\n", "2:1-2:13");
        Catches(Id, "FROM node:22-bookworm-slim\nCMD npm start\n", "2:1-2:14");
    }

    [TestMethod]
    public void Exec_prefix_passes() => Passes(Id, "FROM python:3.12-slim\nCMD exec gunicorn --bind :$PORT main:app\n");

    [TestMethod]
    public void Json_form_passes() => Passes(Id, "FROM python:3.12-slim\nCMD [\"python\", \"app.py\"]\n");

    [TestMethod]
    public void Only_the_last_cmd_counts() => Passes(Id, "FROM python:3.12-slim\nCMD python app.py\nCMD [\"python\", \"app.py\"]\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM python:3.12 AS build\nCMD python x.py\nFROM python:3.12-slim\nCMD [\"python\"]\n");

    [TestMethod]
    public void Cmd_inherited_from_a_base_stage_is_caught() =>
        Catches(Id, "FROM python:3.12-slim AS base\nCMD python app.py\nFROM base\nUSER app\n", "2:1-2:18");

    [TestMethod]
    public void Cmd_ignored_by_a_shell_form_entrypoint_is_not_reported_twice() =>
        Catches(Id, "FROM python:3.12-slim\nENTRYPOINT python app.py\nCMD --debug\n", "2:1-2:25");

    [TestMethod]
    public void Fix_prefixes_exec_for_a_simple_command()
    {
        var fix = Run(Id, "FROM python:3.12-slim\nCMD python app.py\n").Single().Fix!;

        fix.Edits.Single().NewText.Should().Be("exec ");
        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Safe);
    }

    [TestMethod]
    public void No_fix_for_a_command_list() =>
        Run(Id, "FROM python:3.12-slim\nCMD migrate && serve\n").Single().Fix.Should().BeNull();
}
