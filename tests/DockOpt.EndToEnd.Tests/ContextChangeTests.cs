namespace DockOpt.EndToEnd.Tests;

/// <summary>
/// Findings that depend on the build context, not only on the Dockerfile: DOPT8003 reads the package.json
/// script the image starts, DOPT2009 looks for folders such as node_modules. A project is built five
/// times: first; unchanged (replayed); after package.json changes (analysed again: the script now needs a
/// devDependency, so DOPT8003 goes); unchanged (replayed again, the new state is remembered); after a
/// node_modules folder appears, a path that did not exist before (analysed again: DOPT2009 comes); after a
/// new folder web/ with its own node_modules appears (the context's folder listing changed).
/// </summary>
[TestClass]
public sealed class ContextChangeTests
{
    internal const string Dockerfile = """
        FROM node:22-slim
        WORKDIR /app
        COPY . .
        RUN npm ci
        USER node
        CMD ["npm", "run", "serve"]

        """;

    private static SampleProject _project = null!;
    private static BuildLog _first = null!;
    private static BuildLog _unchanged = null!;
    private static BuildLog _scriptChanged = null!;
    private static BuildLog _unchangedAgain = null!;
    private static BuildLog _folderCreated = null!;
    private static BuildLog _subfolderCreated = null!;

    internal static string PackageJson(string serve, string devDependencies) =>
        $$"""{ "name": "web", "scripts": { "serve": "{{serve}}" }, "devDependencies": { {{devDependencies}} } }""" + "\n";

    [ClassInitialize]
    public static void BuildSixTimes(TestContext context)
    {
        _project = SampleProject.Create("ContextChange", properties: "<DockOptSelect>DOPT8003;DOPT2009</DockOptSelect>");
        _project.Write("Dockerfile", Dockerfile);
        _project.Write("package.json", PackageJson("node dist/main.js", "\"jest\": \"^29.0.0\""));

        _first = _project.Build();
        _unchanged = _project.Build();
        _project.Write("package.json", PackageJson("node --loader ts-node/esm src/main.ts", "\"jest\": \"^29.0.0\", \"ts-node\": \"^10.9.0\""));
        _scriptChanged = _project.Build();
        _unchangedAgain = _project.Build();
        _project.Write("node_modules/left-pad/index.js", "module.exports = s => s;\n");
        _folderCreated = _project.Build();
        _project.Write("web/node_modules/react/index.js", "module.exports = {};\n");
        _subfolderCreated = _project.Build();
    }

    [TestMethod]
    public void First_build_reports_the_dev_dependencies_of_a_script_that_needs_none()
    {
        _first.Succeeded.Should().BeTrue(_first.ToString());
        _first.Lines("warning DOPT8003").Should().ContainSingle(_first.ToString());
        _first.Lines("warning DOPT2009").Should().BeEmpty(_first.ToString());
    }

    [TestMethod]
    public void Nothing_changed_means_nothing_analysed()
    {
        _unchanged.Analyses.Should().BeEmpty(_unchanged.ToString());
        _unchanged.Lines("warning DOPT8003").Should().ContainSingle(_unchanged.ToString());
        _unchangedAgain.Analyses.Should().BeEmpty(_unchangedAgain.ToString());
        _unchangedAgain.Lines("warning DOPT8003").Should().BeEmpty(_unchangedAgain.ToString());
    }

    [TestMethod]
    public void A_changed_package_json_is_analysed_again_though_the_Dockerfile_is_not()
    {
        _scriptChanged.Result.Output.Should().Contain("a file of a build context changed since the last analysis");
        _scriptChanged.Analyses.Should().ContainSingle(_scriptChanged.ToString()).Which.Files.Should().Be(1);
        _scriptChanged.Lines("warning DOPT8003").Should().BeEmpty("the script now needs ts-node, a devDependency:\n" + _scriptChanged);
    }

    [TestMethod]
    public void A_folder_that_appears_in_the_context_is_analysed_again()
    {
        _folderCreated.Analyses.Should().ContainSingle(_folderCreated.ToString());
        _folderCreated.Lines("warning DOPT2009").Should().ContainSingle(_folderCreated.ToString()).Which.Should().Contain("node_modules/");
    }

    [TestMethod]
    public void A_new_subfolder_holding_node_modules_is_analysed_again()
    {
        // DOPT2009 lists the context's folders: the listing is watched, not only the paths it asked about.
        _subfolderCreated.Analyses.Should().ContainSingle(_subfolderCreated.ToString());
        _subfolderCreated.Lines("warning DOPT2009").Should().ContainSingle(_subfolderCreated.ToString()).Which.Should().Contain("web/node_modules/");
    }
}

/// <summary>The same watch when the packed CLI analyses out of process, as under Visual Studio's MSBuild.</summary>
[TestClass]
public sealed class ContextChangeOutOfProcessTests
{
    [TestMethod]
    public void A_changed_package_json_is_analysed_again_out_of_process()
    {
        var project = SampleProject.Create(
            "ContextChangeOutOfProcess",
            properties: "<DockOptOutOfProcess>true</DockOptOutOfProcess><DockOptSelect>DOPT8003</DockOptSelect>");
        project.Write("Dockerfile", ContextChangeTests.Dockerfile);
        project.Write("package.json", ContextChangeTests.PackageJson("node dist/main.js", "\"jest\": \"^29.0.0\""));

        var first = project.Build();
        project.Write("package.json", ContextChangeTests.PackageJson("nodemon src/main.js", "\"nodemon\": \"^3.0.0\""));
        var afterEdit = project.Build();

        first.Lines("warning DOPT8003").Should().ContainSingle(first.ToString());
        afterEdit.Result.Output.Should().Contain("a file of a build context changed since the last analysis", afterEdit.ToString());
        afterEdit.Lines("warning DOPT8003").Should().BeEmpty(afterEdit.ToString());
    }
}
