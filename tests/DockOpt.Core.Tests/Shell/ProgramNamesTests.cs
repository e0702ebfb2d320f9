using DockOpt.Core.Shell;

namespace DockOpt.Core.Tests.Shell;

[TestClass]
public sealed class ProgramNamesTests
{
    [TestMethod]
    [DataRow("pip", true)]
    [DataRow("pip3", true)]
    [DataRow("pip3.11", true)]
    [DataRow("/usr/local/bin/pip3", true)]
    [DataRow("pipx", false)]
    [DataRow("pip3.", false)]
    [DataRow("pipenv", false)]
    public void Is_pip(string name, bool expected) => ProgramNames.IsPip(name).Should().Be(expected);

    [TestMethod]
    [DataRow("python", true)]
    [DataRow("python3", true)]
    [DataRow("python3.12", true)]
    [DataRow("/usr/bin/python2.7", true)]
    [DataRow("python3-config", false)]
    [DataRow("ipython", false)]
    public void Is_python(string name, bool expected) => ProgramNames.IsPython(name).Should().Be(expected);

    [TestMethod]
    [DataRow("apt-get", true)]
    [DataRow("apt", true)]
    [DataRow("/usr/bin/apt-get", true)]
    [DataRow("aptitude", false)]
    [DataRow("apt-cache", false)]
    public void Is_apt(string name, bool expected) => ProgramNames.IsApt(name).Should().Be(expected);

    [TestMethod]
    public void Basename_is_the_part_after_the_last_slash()
    {
        ProgramNames.Basename("/usr/bin/env").Should().Be("env");
        ProgramNames.Basename("env").Should().Be("env");
        ProgramNames.Basename("./configure").Should().Be("configure");
    }
}
