using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8006Tests
{
    private const string Id = "DOPT8006";

    [TestMethod]
    public void Go_build_in_the_final_golang_stage_is_caught() =>
        Catches(Id, "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -o /app .\nCMD [\"/app\"]\n", "4:5-4:13");

    [TestMethod]
    public void Alpine_golang_is_caught() =>
        Catches(Id, "FROM golang:1.23-alpine\nCOPY . /src\nRUN cd /src && go build -o /usr/local/bin/app .\nENTRYPOINT [\"app\"]\n", "3:16-3:24");

    [TestMethod]
    public void Image_of_go_tools_passes() =>
        Passes(Id, "FROM golang:1.23\nRUN go install github.com/golangci/golangci-lint/cmd/golangci-lint@v1.59.1 && go build -o /usr/local/bin/check ./cmd/check\nENTRYPOINT [\"golangci-lint\"]\n");

    [TestMethod]
    public void Image_that_runs_a_shell_passes() =>
        Passes(Id, "FROM golang:1.23\nRUN go build -o /usr/local/bin/helper ./cmd/helper\nCMD [\"bash\"]\n");

    [TestMethod]
    public void Development_dockerfile_stage_passes() =>
        Passes(Id, "FROM golang:1.23 AS dev\nRUN go build -o /app .\nCMD [\"/app\"]\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM scratch\nCOPY --from=build /app /app\n");

    [TestMethod]
    public void Other_base_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN apk add --no-cache go && go build -o /app .\n");

    [TestMethod]
    public void Go_test_passes() =>
        Passes(Id, "FROM golang:1.23\nRUN go test ./...\n");
}
