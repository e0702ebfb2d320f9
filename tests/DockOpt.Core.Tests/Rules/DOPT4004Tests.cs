using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4004Tests
{
    private const string Id = "DOPT4004";

    [TestMethod]
    public void Misspelt_stage_is_caught() =>
        Catches(Id, "FROM golang:1.22 AS builder\nFROM alpine:3.20\nCOPY --from=buidler /out/app /app\n", "3:13-3:20");

    [TestMethod]
    public void Later_stage_is_caught() =>
        Catches(Id, "FROM alpine:3.20 AS final\nCOPY --from=assets /a /a\nFROM node:20 AS assets\n", "2:13-2:19");

    [TestMethod]
    public void Later_stage_index_is_caught() => Catches(Id, "FROM alpine:3.20\nCOPY --from=1 /a /a\nFROM node:20\n", "2:13-2:14");

    [TestMethod]
    public void Earlier_stage_by_name_or_index_passes() =>
        Passes(Id, "FROM golang:1.22 AS Builder\nFROM alpine:3.20\nCOPY --from=builder /a /a\nCOPY --from=0 /b /b\n");

    [TestMethod]
    public void Images_pass() =>
        Passes(Id, "FROM golang:1.22 AS build\nFROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=busybox /bin/busybox /bin/\nCOPY --from=ghcr.io/x/y /a /a\n");
}
