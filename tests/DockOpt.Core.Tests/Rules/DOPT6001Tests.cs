using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT6001Tests
{
    private const string Id = "DOPT6001";

    [TestMethod]
    public void Pip_on_python_alpine_is_caught() =>
        Catches(Id, "FROM python:3.12-alpine\nRUN pip install --no-cache-dir pandas\n", "2:5-2:16");

    [TestMethod]
    public void Pip_on_plain_alpine_is_caught() =>
        Catches(Id, "FROM alpine:3.20\nRUN apk add py3-pip && pip install flask\n", "2:24-2:35");

    [TestMethod]
    public void Reported_once_per_stage() =>
        Catches(Id, "FROM python:3.12-alpine3.20\nRUN pip install a\nRUN pip install b\n", "2:5-2:16");

    [TestMethod]
    public void Only_binary_passes() => Passes(Id, "FROM python:3.12-alpine\nRUN pip install --only-binary=:all: pandas\n");

    [TestMethod]
    public void Slim_passes() => Passes(Id, "FROM python:3.12-slim\nRUN pip install pandas\n");
}
