using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4014Tests
{
    private const string Id = "DOPT4014";

    [TestMethod]
    public void Global_arg_in_run_is_caught() =>
        Catches(Id, "ARG VERSION=1.4.2\nFROM alpine:3.20\nRUN wget -q https://x.example/tool-${VERSION}.tar.gz\n", "3:13-3:53");

    [TestMethod]
    public void Platform_arg_in_run_is_caught() =>
        Catches(Id, "FROM golang:1.22\nRUN GOARCH=$TARGETARCH go build -o /app .\n", "2:5-2:23");

    [TestMethod]
    public void Global_arg_in_copy_is_caught() => Catches(Id, "ARG APP=api\nFROM alpine:3.20\nCOPY ${APP}.conf /etc/\n", "3:6-3:17");

    [TestMethod]
    public void Redeclared_arg_passes() =>
        Passes(Id, "ARG VERSION=1.4.2\nFROM alpine:3.20\nARG VERSION\nRUN wget -q https://x.example/tool-${VERSION}.tar.gz\nARG TARGETARCH\nRUN echo $TARGETARCH\n");

    [TestMethod]
    public void Variable_set_by_the_run_itself_passes() =>
        Passes(Id, "ARG VERSION=1\nFROM alpine:3.20\nRUN VERSION=2 && echo $VERSION && for TARGETOS in a b; do echo $TARGETOS; done\n");

    [TestMethod]
    public void Defaults_and_official_image_versions_pass() =>
        Passes(Id, "ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\nRUN echo ${TARGETARCH:-amd64} $NODE_VERSION\n");

    [TestMethod]
    public void Arg_declared_in_the_base_stage_passes() =>
        Passes(Id, "ARG VERSION=1\nFROM alpine:3.20 AS base\nARG VERSION\nFROM base\nRUN echo $VERSION\n");

    [TestMethod]
    public void Proxy_args_pass() => Passes(Id, "ARG HTTP_PROXY\nFROM alpine:3.20\nRUN wget -e use_proxy=yes -e http_proxy=$HTTP_PROXY https://x.example/a\n");

    [TestMethod]
    public void Global_arg_only_in_from_passes() => Passes(Id, "ARG TAG=3.20\nFROM alpine:${TAG}\nRUN echo '$TAG'\n");
}
