using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4002Tests
{
    private const string Id = "DOPT4002";

    [TestMethod]
    public void First_relative_workdir_is_caught() => Catches(Id, "FROM python:3.12\nWORKDIR app\n", "2:9-2:12");

    [TestMethod]
    public void Relative_value_of_an_arg_is_caught() => Catches(Id, "FROM python:3.12\nARG DIR=src\nWORKDIR $DIR\n", "3:9-3:13");

    [TestMethod]
    public void Relative_after_absolute_passes() => Passes(Id, "FROM python:3.12\nWORKDIR /srv\nWORKDIR app\n");

    [TestMethod]
    public void Absolute_from_env_and_windows_paths_pass()
    {
        Passes(Id, "FROM python:3.12\nENV APP_HOME=/app\nWORKDIR $APP_HOME\n");
        Passes(Id, "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n");
    }

    [TestMethod]
    public void Workdir_inherited_from_a_base_stage_passes() => Passes(Id, "FROM python:3.12 AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n");

    [TestMethod]
    public void Unresolved_variable_passes() => Passes(Id, "FROM python:3.12\nARG DIR\nWORKDIR $DIR\n");
}
