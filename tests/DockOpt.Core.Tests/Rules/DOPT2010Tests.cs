using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT2010Tests
{
    private const string Id = "DOPT2010";

    [TestMethod]
    public void A_cache_mount_over_etc_apk_cache_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add --update python3\n");

    [TestMethod]
    public void Apk_add_without_no_cache_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nRUN apk add curl\n", "2:5-2:12");

    [TestMethod]
    public void Apk_update_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nRUN apk update && apk add --no-cache curl\n", "2:5-2:15");

    [TestMethod]
    public void No_cache_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN apk add --no-cache curl\n");

    [TestMethod]
    public void Removing_the_cache_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n");

    [TestMethod]
    public void Cache_mount_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n");

    [TestMethod]
    public void No_network_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps libfoo\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM alpine:3.20 AS build\nRUN apk add build-base\nFROM alpine:3.20\nCOPY --from=build /x /x\n");

    [TestMethod]
    public void Fix_adds_no_cache_after_add()
    {
        var fix = Run(Id, "FROM alpine:3.20\nRUN apk add curl\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Safe);
        fix.Edits.Single().NewText.Should().Be(" --no-cache");
        fix.Edits.Single().Span.Start.Should().Be("FROM alpine:3.20\nRUN apk add".Length);
    }

}
