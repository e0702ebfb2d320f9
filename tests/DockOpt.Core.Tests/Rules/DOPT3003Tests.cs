using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3003Tests
{
    private const string Id = "DOPT3003";

    [TestMethod]
    public void Curl_piped_to_sh_is_caught() => Catches(Id, "FROM debian:12\nRUN curl -fsSL https://get.example.com | sh\n", "2:5-2:44");

    [TestMethod]
    public void Wget_to_stdout_piped_to_sudo_bash_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN wget -qO- https://x.example/i.sh | sudo bash -s -- -y\n", "2:5-2:58");

    [TestMethod]
    public void Curl_piped_to_python_is_caught() => Catches(Id, "FROM python:3.12\nRUN curl -sSL https://bootstrap.pypa.io/get-pip.py | python3\n", "2:5-2:61");

    [TestMethod]
    public void Shell_running_a_substitution_is_caught() =>
        Catches(Id, "FROM debian:12\nRUN sh -c \"$(curl -fsSL https://x.example/i.sh)\"\n", "2:5-2:49");

    [TestMethod]
    public void Process_substitution_is_caught() => Catches(Id, "FROM debian:12\nRUN bash <(curl -fsSL https://x.example/i.sh)\n", "2:5-2:46");

    [TestMethod]
    public void Download_to_a_file_then_checked_passes() =>
        Passes(Id, "FROM debian:12\nRUN curl -fsSLo /tmp/i.sh https://x.example/i.sh && echo \"abc  /tmp/i.sh\" | sha256sum -c - && sh /tmp/i.sh\n");

    [TestMethod]
    public void Download_piped_to_tar_passes() => Passes(Id, "FROM debian:12\nRUN curl -fsSL https://x.example/a.tgz | tar -xz -C /opt\n");

    [TestMethod]
    public void Wget_saving_to_a_file_passes() => Passes(Id, "FROM debian:12\nRUN wget https://x.example/i.sh | sh\n");

    [TestMethod]
    public void Shell_with_its_own_script_reading_data_passes() =>
        Passes(Id, "FROM debian:12\nRUN curl -fsSL https://x.example/list | sh -c 'while read l; do echo \"$l\"; done'\n");
}
