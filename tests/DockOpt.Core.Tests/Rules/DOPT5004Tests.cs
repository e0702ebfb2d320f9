using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT5004Tests
{
    private const string Id = "DOPT5004";

    [TestMethod]
    public void Healthcheck_in_a_port_following_image_is_caught() =>
        Catches(Id, "FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:$PORT/ || exit 1\nCMD exec gunicorn --bind :$PORT main:app\n", "2:1-2:12");

    [TestMethod]
    public void Healthcheck_without_port_variable_passes() =>
        Passes(Id, "FROM python:3.12-slim\nHEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1\nCMD [\"gunicorn\", \"-b\", \":8000\", \"main:app\"]\n");

    [TestMethod]
    public void Healthcheck_none_passes() =>
        Passes(Id, "FROM python:3.12-slim\nHEALTHCHECK NONE\nCMD exec gunicorn --bind :$PORT main:app\n");
}
