using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4023Tests
{
    private const string Id = "DOPT4023";

    [TestMethod]
    public void Em_dash_from_is_caught() =>
        Catches(Id, "FROM node:22 AS builder\nFROM nginx:1.27\nCOPY \u2014from=builder /app/build /usr/share/nginx/html\n", "3:6-3:11");

    [TestMethod]
    public void En_dash_and_mixed_dashes_are_caught()
    {
        Catches(Id, "FROM python:3.12\nRUN \u2013mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n", "2:5-2:11");
        Catches(Id, "FROM alpine:3.20\nCOPY --chown=1000 \u2013-link a /b/\n", "2:19-2:25");
        Catches(Id, "FROM \u2014platform=linux/amd64 alpine:3.20\n", "1:6-1:15");
    }

    [TestMethod]
    public void The_fix_writes_two_hyphens()
    {
        var found = Run(Id, "FROM nginx:1.27\nCOPY \u2014from=0 /a /b\n").Single();

        found.Fix!.Edits.Single().NewText.Should().Be("--");
        found.Message.Should().Contain("--from");
    }

    [TestMethod]
    [DataRow("FROM nginx:1.27\nCOPY --from=0 /a /b\n")]
    [DataRow("FROM nginx:1.27\nCOPY \u2014notaflag /a /b\n")]
    [DataRow("FROM debian:12\nRUN echo \u2014from=me\n")]
    [DataRow("FROM debian:12\nRUN [\"\u2014mount=x\"]\n")]
    [DataRow("FROM debian:12\nCMD \u2014from=x\n")]
    public void Proper_flags_other_words_and_other_instructions_pass(string dockerfile) => Passes(Id, dockerfile);
}
