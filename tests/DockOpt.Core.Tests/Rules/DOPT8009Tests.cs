using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8009Tests
{
    private const string Id = "DOPT8009";

    [TestMethod]
    public void Cgo_build_copied_into_scratch_is_caught() =>
        Catches(Id, "FROM golang:1.23 AS build\nRUN go build -o /out/server ./cmd/server\nFROM scratch\nCOPY --from=build /out/server /server\n", "2:5-2:13");

    [TestMethod]
    public void Copy_of_the_output_folder_is_caught() =>
        Catches(Id, "FROM golang:1.23-bookworm AS build\nWORKDIR /src\nRUN go build -o bin/app .\nFROM gcr.io/distroless/static-debian12\nCOPY --from=build /src/bin /app\n", "3:5-3:13");

    [TestMethod]
    public void Cgo_disabled_inline_passes() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN CGO_ENABLED=0 go build -o /out/server .\nFROM scratch\nCOPY --from=build /out/server /server\n");

    [TestMethod]
    public void Cgo_disabled_by_env_passes() =>
        Passes(Id, "FROM golang:1.23 AS build\nENV CGO_ENABLED=0\nRUN go build -o /out/server .\nFROM scratch\nCOPY --from=build /out/server /server\n");

    [TestMethod]
    public void Static_link_flags_pass() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN go build -tags netgo,osusergo -o /out/server .\nFROM scratch\nCOPY --from=build /out/server /server\n");

    [TestMethod]
    public void Static_ldflags_pass() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN go build -ldflags='-s -w -extldflags \"-static\"' -o /out/server .\nFROM scratch\nCOPY --from=build /out/server /server\n");

    [TestMethod]
    public void Alpine_builder_passes() =>
        Passes(Id, "FROM golang:1.23-alpine AS build\nRUN go build -o /out/server .\nFROM scratch\nCOPY --from=build /out/server /server\n");

    [TestMethod]
    public void Alpine_with_gcompat_passes() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN go build -o /out/server .\nFROM alpine:3.20\nRUN apk add --no-cache gcompat\nCOPY --from=build /out/server /server\n");

    [TestMethod]
    public void Alpine_without_gcompat_is_caught() =>
        Catches(Id, "FROM golang:1.23 AS build\nRUN go build -o /out/server .\nFROM alpine:3.20\nCOPY --from=build /out/server /server\n", "2:5-2:13");

    [TestMethod]
    public void Glibc_runtime_passes() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN go build -o /out/server .\nFROM gcr.io/distroless/base-debian12\nCOPY --from=build /out/server /server\n");
}
