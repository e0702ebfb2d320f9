using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT0003Tests
{
    private const string Id = "DOPT0003";

    [TestMethod]
    public void Lower_case_as_after_upper_case_from_is_caught() => Catches(Id, "FROM node:20 as build\n", "1:14-1:16");

    [TestMethod]
    public void Upper_case_as_after_lower_case_from_is_caught() => Catches(Id, "from node:20 AS build\n", "1:14-1:16");

    [TestMethod]
    public void Matching_casing_passes()
    {
        Passes(Id, "FROM node:20 AS build\n");
        Passes(Id, "from node:20 as build\n");
    }

    [TestMethod]
    public void Mixed_case_from_is_left_to_the_keyword_rule() => Passes(Id, "From node:20 as build\n");
}
