using DockOpt.Core.Semantics;
using DockOpt.Core.Syntax;

namespace DockOpt.Core.Tests.Semantics;

[TestClass]
public sealed class ModelTests
{
    private static DockerfileModel Model(string text, ModelOptions? options = null) =>
        DockerfileModel.Build(DockerfileSyntax.Parse(text), options);

    [TestMethod]
    public void Stages_are_named_and_linked_to_their_base()
    {
        var model = Model("FROM python:3.12 AS Build\nRUN x\nFROM build AS test\nFROM python:3.12-slim\n");

        model.Stages.Select(s => s.Name).Should().Equal("build", "test", null);
        model.Stages[1].BaseStage.Should().BeSameAs(model.Stages[0]);
        model.Stages[1].RootImage!.Text.Should().Be("python:3.12");
    }

    [TestMethod]
    public void Global_args_expand_in_from()
    {
        var model = Model("ARG PY=3.11\nARG VARIANT=slim\nFROM python:${PY}-${VARIANT:-bookworm}\n");

        var image = model.Stages[0].BaseImage!;
        image.Repository.Should().Be("python");
        image.Tag!.VersionText.Should().Be("3.11");
        image.Tag.Variant.Should().Be("slim");
    }

    [TestMethod]
    public void Build_args_given_by_the_caller_override_defaults()
    {
        var model = Model("ARG PY=3.11\nFROM python:$PY\n", new ModelOptions { BuildArgs = new Dictionary<string, string> { ["PY"] = "3.13" } });

        model.Stages[0].BaseImage!.Tag!.Text.Should().Be("3.13");
    }

    [TestMethod]
    public void Unresolved_arg_leaves_the_base_unknown()
    {
        var model = Model("ARG TAG\nFROM python:${TAG}\n");

        model.Stages[0].BaseImage.Should().BeNull();
        model.Stages[0].HasUnresolvedBase.Should().BeTrue();
    }

    [TestMethod]
    public void Alternate_value_expands_only_when_set()
    {
        var model = Model("ARG SUFFIX=slim\nFROM python:3.12${SUFFIX:+-$SUFFIX}\nFROM node:20${MISSING:+-x}\n");

        model.Stages[0].BaseImage!.Tag!.Text.Should().Be("3.12-slim");
        model.Stages[1].BaseImage!.Tag!.Text.Should().Be("20");
    }

    [TestMethod]
    public void Final_stage_ships_with_its_bases_and_copied_stages_are_reachable()
    {
        var model = Model("FROM golang AS build\nFROM alpine AS base\nFROM base\nCOPY --from=build /app /app\nFROM alpine AS unused\nFROM 2\n");

        // The last FROM names no stage called "2", so the last stage stands alone.
        model.FinalStage!.Index.Should().Be(4);
        model.Stages[2].Ships.Should().BeFalse();

        var second = Model("FROM golang AS build\nFROM alpine AS base\nFROM base\nCOPY --from=build /app /app\n");
        second.Stages.Select(s => s.Ships).Should().Equal(false, true, true);
        second.Stages.Select(s => s.IsReachable).Should().Equal(true, true, true);
    }

    [TestMethod]
    public void Copy_from_by_index_links_the_stage()
    {
        var model = Model("FROM golang\nFROM alpine AS unused\nFROM scratch\nCOPY --from=0 /app /app\n");

        model.Stages.Select(s => s.IsReachable).Should().Equal(true, false, true);
        model.Stages[2].IsScratch.Should().BeTrue();
    }

    [TestMethod]
    public void Run_mount_from_links_the_stage()
    {
        var model = Model("FROM golang AS deps\nFROM alpine\nRUN --mount=type=bind,from=deps,target=/deps ls /deps\n");

        model.Stages[0].IsReachable.Should().BeTrue();
    }

    [TestMethod]
    public void Env_overrides_arg_and_is_inherited_by_child_stages()
    {
        var model = Model("FROM a AS base\nARG X=arg\nENV X=env Y=$X\nFROM base\nRUN echo\n");

        var run = model.Stages[1].Instructions[0];
        var context = model.GetContext(run)!;
        context.Lookup("X").Should().Be("env");
        context.Lookup("Y").Should().Be("arg");
        context.Args.Should().BeEmpty();
    }

    [TestMethod]
    public void Arg_without_value_in_a_stage_takes_the_global_default()
    {
        var model = Model("ARG VERSION=1.2\nFROM a\nARG VERSION\nRUN echo\n");

        model.GetContext(model.Stages[0].Instructions[1])!.Lookup("VERSION").Should().Be("1.2");
    }

    [TestMethod]
    public void Global_arg_is_not_visible_in_a_stage_without_redeclaration()
    {
        var model = Model("ARG VERSION=1.2\nFROM a\nRUN echo\n");

        model.GetContext(model.Stages[0].Instructions[0])!.IsDefined("VERSION").Should().BeFalse();
    }

    [TestMethod]
    public void User_workdir_and_shell_are_tracked()
    {
        var model = Model("FROM a AS base\nWORKDIR /app\nWORKDIR src\nUSER app\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nFROM base\nRUN x\n");

        var context = model.GetContext(model.Stages[1].Instructions[0])!;
        context.Workdir.Should().Be("/app/src");
        context.User.Should().Be("app");
        context.Shell.Should().Equal("/bin/bash", "-o", "pipefail", "-c");
        context.IsPosixShell.Should().BeTrue();
    }

    [TestMethod]
    public void Powershell_is_not_a_posix_shell()
    {
        var model = Model("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN x\n");

        model.GetContext(model.Stages[0].Instructions[1])!.IsPosixShell.Should().BeFalse();
    }

    [TestMethod]
    public void Windows_base_defaults_to_cmd()
    {
        var model = Model("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\n");

        model.GetContext(model.Stages[0].Instructions[0])!.Shell.Should().Equal("cmd", "/S", "/C");
    }

    [TestMethod]
    public void Target_option_selects_the_final_stage()
    {
        var model = Model("FROM a AS dev\nFROM b AS prod\n", new ModelOptions { Target = "dev" });

        model.FinalStage!.Name.Should().Be("dev");
    }
}
