using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8001Tests
{
    private const string Id = "DOPT8001";

    [TestMethod]
    public void Npm_install_after_copying_the_lock_file_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install\n", "4:5-4:16");

    [TestMethod]
    public void Lock_file_copied_to_its_own_name_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package-lock.json /app/package-lock.json\nRUN npm i\n", "4:5-4:10");

    [TestMethod]
    public void Bind_mounted_lock_file_is_caught() =>
        Catches(Id, "FROM node:22-slim\nWORKDIR /app\nRUN --mount=type=bind,source=package-lock.json,target=package-lock.json --mount=type=bind,source=package.json,target=package.json npm install\n", "3:131-3:142");

    [TestMethod]
    public void Lock_file_in_a_base_stage_is_caught() =>
        Catches(Id, "FROM node:22-slim AS deps\nWORKDIR /app\nCOPY package.json package-lock.json ./\nFROM deps\nRUN npm install --omit=dev\n", "5:5-5:16");

    [TestMethod]
    public void Npm_ci_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n");

    [TestMethod]
    public void Glob_without_a_known_context_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\n");

    [TestMethod]
    public void No_lock_file_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm install\n");

    [TestMethod]
    public void Installing_a_named_package_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm install express\n");

    [TestMethod]
    public void Global_install_passes() =>
        Passes(Id, "FROM node:22-slim\nCOPY package-lock.json ./\nRUN npm install -g npm@10\n");

    [TestMethod]
    public void Install_in_another_folder_passes() =>
        Passes(Id, "FROM node:22-slim\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN cd /tmp && npm install\n");

    [TestMethod]
    public void Glob_is_caught_when_the_context_has_the_lock_file()
    {
        using var context = new TemporaryContext("package.json", "package-lock.json");

        Core.Analysis.DockerfileAnalyzer.Analyze("FROM node:22-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm install\n", "Dockerfile", new Core.Analysis.AnalyzerOptions { Select = [Id], BuildContext = new Core.Analysis.BuildContextView(context.Directory) })
            .Diagnostics.Should().ContainSingle(d => d.Id == Id);
    }

    [TestMethod]
    public void Fix_replaces_install_with_ci()
    {
        var fix = Run(Id, "FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN npm install\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().Be("ci");
    }

}
