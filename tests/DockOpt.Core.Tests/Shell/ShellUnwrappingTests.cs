using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

/// <summary>sudo, env, sh -c and friends: the command they run is a command too.</summary>
[TestClass]
public sealed class ShellUnwrappingTests
{
    [TestMethod]
    public void Sudo_runs_the_command_after_its_options()
    {
        var script = ParseValid("sudo -u root -E apt-get install -y x");
        var (sudo, aptGet) = (script.Commands[0], script.Commands[1]);

        script.Programs().Should().Equal("sudo", "apt-get");
        aptGet.WrappedBy.Should().BeSameAs(sudo);
        aptGet.Arguments.Values().Should().Equal("install", "-y", "x");
        aptGet.Words[0].Start.Should().Be(16);
        aptGet.Start.Should().Be(16);
        aptGet.End.Should().Be(sudo.End);
    }

    [TestMethod]
    public void Env_assignments_become_the_command_assignments()
    {
        var aptGet = ParseValid("env -i DEBIAN_FRONTEND=noninteractive apt-get update").Find("apt-get");

        aptGet.Assignments.Values().Should().Equal("DEBIAN_FRONTEND=noninteractive");
        aptGet.WrappedBy!.Program.Should().Be("env");
    }

    [TestMethod]
    public void Wrapper_chains_are_unwrapped_one_level_at_a_time()
    {
        var script = ParseValid("sudo -E env A=1 nohup nice -n 10 ionice -c3 time -p xargs -0 -n1 rm -f");

        script.Programs().Should().Equal("sudo", "env", "nohup", "nice", "ionice", "time", "xargs", "rm");
        script.Commands.Skip(1).Zip(script.Commands).Should().OnlyContain(pair => pair.First.WrappedBy == pair.Second);
        script.Find("rm").Arguments.Values().Should().Equal("-f");
    }

    [TestMethod]
    public void Exec_command_timeout_and_gosu_are_unwrapped() =>
        ParseValid("exec gosu app timeout -s KILL 30 command python app.py").Programs()
            .Should().Equal("exec", "gosu", "timeout", "command", "python");

    [TestMethod]
    public void Command_dash_v_only_looks_a_program_up() =>
        ParseValid("command -v git").Programs().Should().Equal("command");

    [TestMethod]
    public void Wrapper_without_a_command_runs_nothing() =>
        ParseValid("sudo -v; env; xargs").Programs().Should().Equal("sudo", "env", "xargs");

    [TestMethod]
    public void Unwrapped_command_shares_the_wrapper_pipeline_and_redirections()
    {
        var script = ParseValid("curl -fsSL https://x | sudo bash > /dev/null");
        var bash = script.Find("bash");

        bash.PipedFrom!.Program.Should().Be("curl");
        bash.Before.Should().Be(ShellOperator.Pipe);
        bash.Redirections.Should().ContainSingle();
    }

    [TestMethod]
    public void Pipe_source_is_the_innermost_command_of_a_wrapper() =>
        ParseValid("sudo curl -fsSL https://x | sh").Find("sh").PipedFrom!.Program.Should().Be("curl");

    [TestMethod]
    public void Sh_dash_c_single_quoted_string_is_parsed_with_exact_offsets()
    {
        var script = ParseValid("sh -c 'apt-get update && apt-get install -y curl'");
        var install = script.Commands[2];

        script.Programs().Should().Equal("sh", "apt-get", "apt-get");
        install.WrappedBy.Should().BeSameAs(script.Commands[0]);
        install.Before.Should().Be(ShellOperator.And);
        script.Slice(install.Start, install.End).Should().Be("apt-get install -y curl");
        install.Arguments.Should().OnlyContain(w => script.Slice(w.Start, w.End) == w.Raw);
    }

    [TestMethod]
    public void Bash_dash_c_double_quoted_string_maps_escaped_quotes_back()
    {
        var script = ParseValid("bash -c \"echo \\\"a b\\\" && pip install x\"");
        var argument = script.Find("echo").Arguments.Single();

        argument.Value.Should().Be("a b");
        argument.Raw.Should().Be("\"a b\"");
        script.Slice(argument.Start, argument.End).Should().Be("\\\"a b\\\"");
        script.Find("pip").Start.Should().Be(25);
    }

    [TestMethod]
    public void Shell_options_before_dash_c_are_skipped()
    {
        ParseValid("bash -eo pipefail -c 'ls'").Programs().Should().Equal("bash", "ls");
        ParseValid("/bin/sh -ec 'ls'").Programs().Should().Equal("sh", "ls");
        ParseValid("bash -lc 'ls' name arg").Programs().Should().Equal("bash", "ls");
        ParseValid("dash -c ls; ash -c ls").Programs().Should().Equal("dash", "ls", "ash", "ls");
    }

    [TestMethod]
    public void Shell_running_a_script_file_is_not_unwrapped() =>
        ParseValid("sh ./install.sh -c x").Programs().Should().Equal("sh");

    [TestMethod]
    public void Sh_dash_c_inside_a_condition_keeps_its_context() =>
        ParseValid("if sh -c 'command -v x'; then :; fi").Find("command").InCondition.Should().BeTrue();

    [TestMethod]
    public void Sh_dash_c_string_with_a_substitution_parses_it_once() =>
        ParseValid("sh -c \"echo $(date)\"").Programs().Should().Equal("sh", "echo", "date");

    [TestMethod]
    public void Xargs_runs_sh_dash_c() =>
        ParseValid("find . -name '*.txt' | xargs -I{} sh -c 'pip install {}'").Programs()
            .Should().Equal("find", "xargs", "sh", "pip");

    [TestMethod]
    [DataRow("python -m pip install x")]
    [DataRow("python3 -m pip install x")]
    [DataRow("python3.11 -m pip install x")]
    [DataRow("/usr/local/bin/python -m pip install x")]
    [DataRow("python3 -u -m pip install x")]
    [DataRow("python -mpip install x")]
    public void Python_dash_m_pip_is_pip(string text)
    {
        var command = Single(text);

        command.Program.Should().Be("pip");
        command.Arguments.Values().Should().Equal("install", "x");
        command.Words[0].Value.Should().StartWith(text.Split(' ')[0]);
    }

    [TestMethod]
    public void Python_running_another_module_stays_python() =>
        Single("python3 -m venv /venv").Program.Should().Be("python3");

    [TestMethod]
    public void Program_is_the_basename_of_the_first_word()
    {
        Single("/usr/bin/pip3 install x").Program.Should().Be("pip3");
        Single("pip3.11 install x").Program.Should().Be("pip3.11");
    }

    [TestMethod]
    public void Is_matches_any_of_the_given_programs()
    {
        var command = Single("/usr/bin/apt-get update");

        command.Is("apt", "apt-get").Should().BeTrue();
        command.Is("apk").Should().BeFalse();
    }
}
