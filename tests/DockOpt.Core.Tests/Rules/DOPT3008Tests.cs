using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3008Tests
{
    private const string Id = "DOPT3008";

    [TestMethod]
    public void Curl_insecure_in_a_cluster_is_caught() => Catches(Id, "FROM debian:12\nRUN curl -fsSLk https://x.example/a -o /a\n", "2:10-2:16");

    [TestMethod]
    public void Wget_no_check_is_caught() => Catches(Id, "FROM debian:12\nRUN wget --no-check-certificate https://x.example/a\n", "2:10-2:32");

    [TestMethod]
    public void Pip_trusted_host_is_caught() => Catches(Id, "FROM python:3.12\nRUN pip install --trusted-host pypi.org flask\n", "2:17-2:40");

    [TestMethod]
    public void Git_ssl_verify_off_is_caught() => Catches(Id, "FROM debian:12\nRUN git config --global http.sslVerify false\n", "2:25-2:45");

    [TestMethod]
    public void Npm_strict_ssl_off_is_caught() => Catches(Id, "FROM node:20\nRUN npm config set strict-ssl false\n", "2:20-2:36");

    [TestMethod]
    public void Tls_variables_are_caught()
    {
        Catches(Id, "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=0\n", "2:5-2:35");
        Catches(Id, "FROM python:3.12\nRUN PYTHONHTTPSVERIFY=0 pip install flask\n", "2:5-2:24");
        Catches(Id, "FROM debian:12\nRUN export GIT_SSL_NO_VERIFY=1 && git clone https://x.example/r\n", "2:12-2:31");
    }

    [TestMethod]
    public void Secure_settings_pass() =>
        Passes(Id, "FROM node:20\nENV NODE_TLS_REJECT_UNAUTHORIZED=1\nRUN npm config set strict-ssl true && curl -fsSL https://x.example/a -o /a && git config --global http.sslVerify true\n");
}
