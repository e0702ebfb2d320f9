using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0011Tests
{
    private const string Id = "DOPT0011";

    [TestMethod]
    public void Misspelt_dockopt_id_is_caught() => Catches(Id, "FROM alpine:3.20\n# dockopt ignore=DOPT1O01\nCOPY . /app\n", "2:18-2:26");

    [TestMethod]
    public void Each_unknown_id_of_a_list_is_caught() =>
        Catches(Id, "FROM alpine:3.20\n# dockopt global ignore=DOPT1001,NOPE,DOPT9999\n", "2:34-2:38", "2:39-2:47");

    [TestMethod]
    public void Message_suggests_the_closest_id() =>
        Run(Id, "FROM alpine:3.20\n# dockopt ignore=DOPT1O01\nCOPY . /app\n").Single().Message
            .Should().Be("'DOPT1O01' is not a rule id, so this suppression comment suppresses nothing; did you mean DOPT1001?");

    [TestMethod]
    public void Hadolint_pragma_with_a_non_hadolint_id_is_caught() => Catches(Id, "# hadolint ignore=DOPT4001\nFROM alpine\n", "1:19-1:27");

    [TestMethod]
    public void Known_dockopt_id_passes() => Passes(Id, "FROM alpine:3.20\n# dockopt ignore=DOPT1001\nCOPY . /app\n");

    [TestMethod]
    public void Lower_case_id_passes() => Passes(Id, "FROM alpine:3.20\n# dockopt ignore=dopt1001\nCOPY . /app\n");

    [TestMethod]
    public void Hadolint_id_without_a_dockopt_equivalent_passes() => Passes(Id, "FROM alpine:3.20\n# hadolint ignore=DL3008,SC2086\nRUN apk add curl\n");

    [TestMethod]
    public void Buildkit_check_names_are_not_judged() => Passes(Id, "# check=skip=SomeFutureCheck\nFROM alpine:3.20\n");

    [TestMethod]
    public void Ordinary_comment_mentioning_dockopt_passes() => Passes(Id, "# dockopt ignores nothing here\nFROM alpine:3.20\n");
}
