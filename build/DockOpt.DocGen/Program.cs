// Regenerates docs/rules/*.md and the README's rules table from the embedded rule metadata.
//   dotnet run --project build/DockOpt.DocGen            write the files
//   dotnet run --project build/DockOpt.DocGen -- --check  exit 1 when a file is stale (CI runs this through the tests)
using DockOpt.Core.Docs;
using DockOpt.Core.Rules;

var check = args.Contains("--check");
var root = FindRepositoryRoot(Directory.GetCurrentDirectory());
var rules = RuleCatalog.All;
var files = RuleDocsGenerator.RulePages(rules).ToList();
var readmePath = Path.Combine(root, "README.md");
files.Add(new GeneratedFile("README.md", RuleDocsGenerator.UpdateReadme(File.ReadAllText(readmePath), rules)));

var stale = new List<string>();
foreach (var file in files)
{
    var path = Path.Combine(root, file.RelativePath);
    var current = File.Exists(path) ? File.ReadAllText(path) : null;
    if (current == file.Content)
    {
        continue;
    }

    stale.Add(file.RelativePath);
    if (!check)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, file.Content);
    }
}

var expected = files.Select(f => f.RelativePath).ToHashSet();
foreach (var orphan in Directory.EnumerateFiles(Path.Combine(root, "docs", "rules"), "DOPT*.md"))
{
    var relative = Path.GetRelativePath(root, orphan).Replace('\\', '/');
    if (!expected.Contains(relative))
    {
        stale.Add(relative + " (no such rule)");
        if (!check)
        {
            File.Delete(orphan);
        }
    }
}

if (check && stale.Count > 0)
{
    Console.Error.WriteLine("Generated docs are stale; run 'dotnet run --project build/DockOpt.DocGen':");
    stale.ForEach(s => Console.Error.WriteLine("  " + s));
    return 1;
}

Console.WriteLine(stale.Count == 0 ? "Docs are up to date." : $"Wrote {stale.Count} file(s).");
return 0;

static string FindRepositoryRoot(string start)
{
    for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Optimizer.sln")))
        {
            return dir.FullName;
        }
    }

    throw new DirectoryNotFoundException("Optimizer.sln not found above the current folder");
}
