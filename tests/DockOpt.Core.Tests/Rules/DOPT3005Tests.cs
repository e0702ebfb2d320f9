using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT3005Tests
{
    private const string Id = "DOPT3005";

    [TestMethod]
    public void Chmod_777_is_caught() => Catches(Id, "FROM debian:12\nRUN chmod -R 777 /app\n", "2:14-2:17");

    [TestMethod]
    public void Symbolic_a_plus_w_is_caught() => Catches(Id, "FROM debian:12\nRUN chmod a+rw /app/data\n", "2:11-2:15");

    [TestMethod]
    public void Copy_chmod_666_is_caught() => Catches(Id, "FROM debian:12\nCOPY --chmod=666 app.conf /etc/app.conf\n", "2:14-2:17");

    [TestMethod]
    public void Mkdir_mode_is_caught() => Catches(Id, "FROM debian:12\nRUN mkdir -m 0777 /data\n", "2:14-2:18");

    [TestMethod]
    public void Sticky_scratch_folder_passes() => Passes(Id, "FROM debian:12\nRUN mkdir -p /scratch && chmod 1777 /scratch && chmod a+rwxt /tmp/x\n");

    [TestMethod]
    public void Group_writable_modes_pass() => Passes(Id, "FROM debian:12\nRUN chgrp -R 0 /app && chmod -R g=u /app && chmod 775 /app && chmod +x /app/run\n");

    [TestMethod]
    public void World_writable_then_revoked_passes() => Passes(Id, "FROM debian:12\nRUN chmod a=rwx,o-w /app\n");

    [TestMethod]
    public void Builder_stage_passes() => Passes(Id, "FROM debian:12 AS build\nRUN chmod 777 /src\nFROM debian:12-slim\n");
}
