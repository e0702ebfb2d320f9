using static DockOpt.ImageBuild.Tests.ImageHarness;

namespace DockOpt.ImageBuild.Tests;

/// <summary>
/// CI runs on a machine where the previous session's daemon was killed, not stopped: its containerd
/// state and its mounts (the network namespace under the exec-root, container root filesystems under
/// the data-root) are still there. start-daemon.sh must come up anyway. This reproduces that state on
/// the running harness and checks the restart; the tests of this assembly run one at a time, and the
/// daemon is running again when this test ends.
/// </summary>
[TestClass]
[TestCategory("ImageBuild")]
[DoNotParallelize]
public sealed class HarnessRecoveryTests
{
    [TestMethod]
    public void The_daemon_comes_back_after_it_was_killed_with_a_container_running()
    {
        var name = $"dockopt-recovery-{Guid.NewGuid():N}";
        var started = RunDocker("run", "--detach", "--name", name, "python:3.11-slim", "sleep", "600");
        started.ExitCode.Should().Be(0, Tail(started.Error));
        try
        {
            var kill = Run("bash", ["-c", KillEverythingScript(name)]);
            kill.ExitCode.Should().Be(0, Tail(kill.Error + kill.Output));
            kill.Output.Should().Contain("/run/dockopt-docker/exec/", "the kill must leave the mounts behind that broke CI");

            var restart = Run("bash", [Path.Combine(RepositoryRoot, "build", "images", "start-daemon.sh")]);
            restart.ExitCode.Should().Be(0, Tail(restart.Error + restart.Output));
            var version = RunDocker("version", "--format", "{{.Server.Version}}");
            version.ExitCode.Should().Be(0, Tail(version.Error));
            var echo = RunDocker("run", "--rm", "python:3.11-slim", "python3", "-c", "print('up')");
            echo.ExitCode.Should().Be(0, Tail(echo.Error + echo.Output));
            echo.Output.Trim().Should().Be("up");
        }
        finally
        {
            RunDocker("rm", "--force", name);
        }
    }

    /// <summary>
    /// SIGKILL to the container's process, dockerd, and its containerd and shims (found by their
    /// exec-root in the command line), as a session's end does; then prints the mounts left over.
    /// </summary>
    private static string KillEverythingScript(string container) => $$$"""
        set -eu
        source '{{{Path.Combine(RepositoryRoot, "build", "images", "env.sh")}}}'
        pid="$(docker inspect --format '{{.State.Pid}}' {{{container}}})"
        daemon="$(cat "$DOCKOPT_DOCKER_PIDFILE")"
        kill -KILL "$daemon"
        pkill -KILL -f -- "$DOCKOPT_DOCKER_RUN/exec/containerd" || true
        kill -KILL "$pid" 2>/dev/null || true
        for i in $(seq 50); do [ -e "/proc/$daemon" ] || break; sleep 0.1; done
        awk -v dir="$DOCKOPT_DOCKER_RUN/" 'index($2, dir) == 1 { print $2 }' /proc/mounts
        """;
}
