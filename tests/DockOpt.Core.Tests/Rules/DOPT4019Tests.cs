using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT4019Tests
{
    private const string Id = "DOPT4019";

    [TestMethod]
    public void Dd_writing_a_keyring_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN curl -fsSL https://example.com/key.gpg | dd of=/usr/share/keyrings/example.gpg\n", "2:5-2:83");

    [TestMethod]
    public void Curl_piped_to_bash_is_caught() => Catches(Id, "FROM debian:12\nRUN curl -fsSL https://x.example/setup | bash -\n", "2:5-2:48");

    [TestMethod]
    public void Curl_piped_to_tee_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN curl -fsSL https://x.example/key | tee /etc/apt/keyrings/x.asc\n", "2:5-2:67");

    [TestMethod]
    public void Pipefail_in_the_run_or_the_shell_passes()
    {
        Passes(Id, "FROM debian:12\nRUN set -eo pipefail; curl -fsSL https://x.example/setup | bash -\n");
        Passes(Id, "FROM debian:12\nSHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]\nRUN curl -fsSL https://x.example/setup | bash -\n");
    }

    [TestMethod]
    public void Consumers_that_fail_on_bad_input_pass() =>
        Passes(Id, "FROM debian:12\nRUN curl -fsSL https://x.example/a.tgz | tar -xz && wget -qO- https://x.example/k | gpg --dearmor -o /k.gpg && curl -s https://x.example/v | head -n1\n");

    [TestMethod]
    public void Handled_failure_and_non_download_pipes_pass() =>
        Passes(Id, "FROM debian:12\nRUN (curl -fsSL https://x.example/setup | bash -) || echo skipped\nRUN echo hello | tee /tmp/x\n");
}
