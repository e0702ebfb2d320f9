using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1003Tests
{
    private const string Id = "DOPT1003";

    [TestMethod]
    public void Go_build_in_a_builder_stage_is_caught() =>
        Catches(Id, "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n", "3:5-3:13");

    [TestMethod]
    public void Go_mod_download_names_the_whole_command() =>
        Catches(Id, "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nRUN go mod download\nFROM scratch\nCOPY --from=build /go /go\n", "3:5-3:20");

    [TestMethod]
    public void Pip_in_a_builder_stage_is_caught() =>
        Catches(Id, "# syntax=docker/dockerfile:1\nFROM python:3.12 AS build\nRUN pip install --prefix=/install flask\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n", "3:5-3:16");

    [TestMethod]
    public void Npm_ci_in_a_builder_stage_is_caught() =>
        Catches(Id, "# syntax=docker/dockerfile:1\nFROM node:22 AS build\nRUN npm ci && npm run build\nFROM nginx:1.27\nCOPY --from=build /dist /usr/share/nginx/html\n", "3:5-3:11");

    [TestMethod]
    public void Cargo_in_a_heredoc_is_caught() =>
        Catches(Id, "# syntax=docker/dockerfile:1\nFROM rust:1.80 AS build\nRUN <<EOF\nset -e\ncargo build --release\nEOF\nFROM debian:12-slim\nCOPY --from=build /target /app\n", "5:1-5:12");

    [TestMethod]
    public void Without_the_syntax_directive_passes() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n");

    [TestMethod]
    public void Cache_mount_over_the_go_caches_passes() =>
        Passes(Id, "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS build\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n");

    [TestMethod]
    public void Cache_mount_with_an_id_and_a_custom_target_passes() =>
        Passes(Id, "# syntax=docker/dockerfile:1\nFROM node:22 AS build\nRUN --mount=type=cache,id=npm,target=/cache/npm npm ci\nFROM nginx:1.27\nCOPY --from=build /dist /usr/share/nginx/html\n");

    [TestMethod]
    public void Shipped_stage_is_left_to_the_size_rules() =>
        Passes(Id, "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN pip install flask\n");

    [TestMethod]
    public void Disabled_cache_passes() =>
        Passes(Id, "# syntax=docker/dockerfile:1\nFROM python:3.12 AS build\nRUN pip install --no-cache-dir --prefix=/install flask\nFROM python:3.12-slim\nCOPY --from=build /install /usr/local\n");

    [TestMethod]
    public void Unused_stage_passes() =>
        Passes(Id, "# syntax=docker/dockerfile:1\nFROM golang:1.23 AS tools\nRUN go build ./...\nFROM alpine:3.20\nRUN echo hi\n");

    [TestMethod]
    public void Apt_install_is_not_judged() =>
        Passes(Id, "# syntax=docker/dockerfile:1\nFROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /usr/bin/gcc /x\n");
}
