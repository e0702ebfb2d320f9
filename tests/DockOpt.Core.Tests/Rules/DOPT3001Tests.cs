using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3001Tests
{
    private const string Id = "DOPT3001";

    [TestMethod]
    public void No_user_is_caught_at_the_final_from() =>
        Catches(Id, "FROM python:3.11-slim\nCMD [\"python\"]\n", "1:1-1:22");

    [TestMethod]
    public void Last_user_root_is_caught() => Catches(Id, "FROM debian:12\nUSER app\nUSER root\n", "3:6-3:10");

    [TestMethod]
    public void Uid_zero_with_group_is_caught() => Catches(Id, "FROM debian:12\nUSER 0:0\n", "2:6-2:9");

    [TestMethod]
    public void User_only_in_a_builder_stage_is_caught() =>
        Catches(Id, "FROM debian:12 AS build\nUSER app\nFROM debian:12-slim\n", "3:1-3:20");

    [TestMethod]
    public void Non_root_user_passes() => Passes(Id, "FROM debian:12\nRUN useradd app\nUSER app\n");

    [TestMethod]
    public void User_in_a_base_stage_is_inherited() =>
        Passes(Id, "FROM debian:12 AS base\nUSER 10001\nFROM base\nCMD [\"x\"]\n");

    [TestMethod]
    public void Root_in_a_builder_then_non_root_passes() =>
        Passes(Id, "FROM debian:12 AS build\nUSER root\nFROM debian:12-slim\nUSER nobody\n");

    [TestMethod]
    public void Distroless_nonroot_passes() => Passes(Id, "FROM gcr.io/distroless/static-debian12:nonroot\n");

    [TestMethod]
    public void Chiseled_dotnet_passes() => Passes(Id, "FROM mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled\n");

    [TestMethod]
    public void Unresolved_user_passes() => Passes(Id, "FROM debian:12\nARG RUN_AS\nUSER $RUN_AS\n");

    [TestMethod]
    public void Scratch_passes() => Passes(Id, "FROM golang:1.22 AS build\nFROM scratch\nCOPY --from=build /app /app\n");
}
