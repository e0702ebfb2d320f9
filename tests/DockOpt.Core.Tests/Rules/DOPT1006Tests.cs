using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT1006Tests
{
    private const string Id = "DOPT1006";

    [TestMethod]
    public void An_install_after_a_copy_of_the_whole_context_passes() =>
        Passes(Id, "FROM python:3.12-slim\nARG GITHUB_SHA\nWORKDIR /app\nCOPY . ./\nRUN poetry install --no-interaction\n");

    [TestMethod]
    public void An_install_before_the_copy_is_still_caught() =>
        Catches(Id, "FROM python:3.12-slim\nARG GITHUB_SHA\nRUN apt-get update && apt-get install -y --no-install-recommends libpq5\nCOPY . ./\nRUN poetry install\n", "2:5-2:15");

    [TestMethod]
    public void Commit_arg_before_an_install_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nARG VCS_REF\nRUN apk add --no-cache curl\nLABEL org.opencontainers.image.revision=$VCS_REF\n", "2:5-2:12");

    [TestMethod]
    public void Build_date_before_pip_install_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nARG BUILD_DATE=unknown\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n", "2:5-2:15");

    [TestMethod]
    public void Every_per_build_arg_is_named() =>
        Catches(Id, "FROM debian:12-slim\nARG GIT_SHA BUILD_NUMBER\nRUN apt-get update && apt-get install -y curl\n", "2:5-2:12", "2:13-2:25");

    [TestMethod]
    public void Arg_after_the_installs_passes() =>
        Passes(Id, "FROM alpine:3.20\nRUN apk add --no-cache curl\nARG VCS_REF\nLABEL org.opencontainers.image.revision=$VCS_REF\n");

    [TestMethod]
    public void Global_arg_passes() =>
        Passes(Id, "ARG GIT_COMMIT\nFROM alpine:3.20\nRUN apk add --no-cache curl\n");

    [TestMethod]
    public void Install_that_uses_the_arg_passes() =>
        Passes(Id, "FROM python:3.12-slim\nARG GIT_SHA\nRUN pip install --no-cache-dir \"git+https://example.com/lib.git@${GIT_SHA}\"\n");

    [TestMethod]
    public void Version_arg_passes() =>
        Passes(Id, "FROM alpine:3.20\nARG VERSION\nRUN apk add --no-cache curl\n");

    [TestMethod]
    public void Cache_bust_arg_passes() =>
        Passes(Id, "FROM alpine:3.20\nARG CACHEBUST\nRUN apk add --no-cache curl\n");
}
