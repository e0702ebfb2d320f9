using DockOpt.Core.Fixes;

namespace DockOpt.Core.Tests.Fixes;

[TestClass]
public sealed class AtomicFileTests
{
    [TestMethod]
    public void Replaces_the_content_keeps_the_mode_and_leaves_no_temporary_file()
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-atomic-");
        try
        {
            var path = Path.Combine(dir.FullName, "Dockerfile");
            File.WriteAllText(path, "old");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead);
            }

            AtomicFile.WriteAllBytes(path, "new"u8.ToArray());

            File.ReadAllText(path).Should().Be("new");
            Directory.GetFiles(dir.FullName).Should().ContainSingle();
            if (!OperatingSystem.IsWindows())
            {
                File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
