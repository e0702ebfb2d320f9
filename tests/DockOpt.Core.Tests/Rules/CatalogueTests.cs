using System.Reflection;
using DockOpt.Core.Docs;
using DockOpt.Core.Rules;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class CatalogueTests
{
    private static IReadOnlyList<string> ConstantIds => typeof(RuleIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    [TestMethod]
    public void Ids_are_unique_and_well_formed()
    {
        ConstantIds.Should().OnlyHaveUniqueItems();
        ConstantIds.Should().AllSatisfy(id => id.Should().MatchRegex(@"^DOPT\d{4}$"));
    }

    [TestMethod]
    public void Ids_rule_classes_and_metadata_match_one_to_one()
    {
        var classes = RuleRegistry.Create();

        classes.Select(r => r.Id).Should().BeEquivalentTo(ConstantIds);
        RuleCatalog.All.Select(m => m.Id).Should().BeEquivalentTo(ConstantIds);
    }

    [TestMethod]
    public void Rule_class_names_start_with_their_id()
    {
        foreach (var rule in RuleRegistry.Create())
        {
            rule.GetType().Name.Should().StartWith(rule.Id + "_");
        }
    }

    [TestMethod]
    public void Category_follows_the_id_range()
    {
        foreach (var rule in RuleCatalog.All)
        {
            rule.Category.Should().Be(RuleCategories.ForId(rule.Id), because: rule.Id);
        }
    }

    [TestMethod]
    public void Equivalents_name_a_known_tool()
    {
        foreach (var equivalent in RuleCatalog.All.SelectMany(r => r.Equivalents))
        {
            equivalent.Should().MatchRegex(@"^(hadolint:DL\d{4}|buildkit:[A-Za-z]+|trivy:DS\d{3}|checkov:CKV2?_DOCKER_\d+)$");
        }
    }

    [TestMethod]
    public void Generated_docs_are_up_to_date()
    {
        var root = RepositoryRoot();
        var stale = RuleDocsGenerator.RulePages(RuleCatalog.All)
            .Where(f => !File.Exists(Path.Combine(root, f.RelativePath)) || File.ReadAllText(Path.Combine(root, f.RelativePath)) != f.Content)
            .Select(f => f.RelativePath)
            .ToList();
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        if (RuleDocsGenerator.UpdateReadme(readme, RuleCatalog.All) != readme)
        {
            stale.Add("README.md");
        }

        var orphans = Directory.EnumerateFiles(Path.Combine(root, "docs", "rules"), "DOPT*.md")
            .Select(Path.GetFileNameWithoutExtension)
            .Except(RuleCatalog.All.Select(r => r.Id));
        stale.AddRange(orphans!);

        stale.Should().BeEmpty(because: "the docs are generated: run 'dotnet run --project build/DockOpt.DocGen'");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Optimizer.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Optimizer.sln not found");
    }
}
