using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4003Tests
{
    private const string Id = "DOPT4003";

    [TestMethod]
    public void Two_sources_without_slash_are_caught() => Catches(Id, "FROM node:20\nCOPY package.json package-lock.json /app\n", "2:37-2:41");

    [TestMethod]
    public void Json_form_is_caught() => Catches(Id, "FROM node:20\nCOPY [\"a.txt\", \"b.txt\", \"/dst\"]\n", "2:25-2:31");

    [TestMethod]
    public void Directory_destinations_pass()
    {
        Passes(Id, "FROM node:20\nCOPY package.json package-lock.json /app/\n");
        Passes(Id, "FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json .\n");
        Passes(Id, "FROM node:20\nCOPY app.js /app\n");
    }
}
