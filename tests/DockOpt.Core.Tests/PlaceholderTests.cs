namespace DockOpt.Core.Tests;
[TestClass]
public sealed class PlaceholderTests
{
    [TestMethod]
    public void Works() => Placeholder.Value.Should().Be(1);
}
