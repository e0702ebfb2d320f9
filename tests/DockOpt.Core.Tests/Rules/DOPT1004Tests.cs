using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1004Tests
{
    private const string Id = "DOPT1004";

    [TestMethod]
    public void No_cache_dir_under_a_pip_cache_mount_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install --no-cache-dir flask\n", "2:60-2:74");

    [TestMethod]
    public void Apk_no_cache_under_a_cache_mount_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add --no-cache curl\n", "2:54-2:64");

    [TestMethod]
    public void Removing_the_mounted_lists_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nRUN --mount=type=cache,target=/var/lib/apt,sharing=locked apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n", "3:111-3:131");

    [TestMethod]
    public void Npm_cache_clean_under_a_cache_mount_is_caught() =>
        Catches(Id, "FROM node:22-slim\nRUN --mount=type=cache,target=/root/.npm npm ci && npm cache clean --force\n", "2:52-2:67");

    [TestMethod]
    public void Docker_clean_hook_left_in_place_is_caught() =>
        Catches(Id, "FROM debian:12-slim\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n", "2:5-2:45");

    [TestMethod]
    public void Docker_clean_removed_in_a_base_stage_passes() =>
        Passes(Id, "FROM debian:12-slim AS base\nRUN rm -f /etc/apt/apt.conf.d/docker-clean\nFROM base\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n");

    [TestMethod]
    public void Keep_downloaded_packages_setting_passes() =>
        Passes(Id, "FROM ubuntu:24.04\nRUN echo 'Binary::apt::APT::Keep-Downloaded-Packages \"true\";' > /etc/apt/apt.conf.d/keep-cache\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n");

    [TestMethod]
    public void Unknown_base_image_is_not_judged_for_docker_clean() =>
        Passes(Id, "FROM registry.example.com/base:1\nRUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl\n");

    [TestMethod]
    public void Pip_cache_mount_alone_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n");

    [TestMethod]
    public void Tmpfs_mount_with_no_cache_dir_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install --no-cache-dir flask\n");

    [TestMethod]
    public void Removing_part_of_a_mounted_folder_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.cache pip install flask && rm -rf /root/.cache/pip/http\n");

    [TestMethod]
    public void No_cache_dir_with_a_mount_elsewhere_passes() =>
        Passes(Id, "FROM python:3.12-slim\nRUN --mount=type=cache,target=/root/.npm pip install --no-cache-dir flask\n");
}
