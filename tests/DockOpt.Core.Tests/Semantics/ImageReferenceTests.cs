using DockOpt.Core.Semantics;

namespace DockOpt.Core.Tests.Semantics;

[TestClass]
public sealed class ImageReferenceTests
{
    [TestMethod]
    public void Docker_hub_official_image_is_normalised()
    {
        var image = ImageReference.Parse("python:3.11.4-slim-bookworm");

        image.IsOfficialDockerHubImage.Should().BeTrue();
        image.FullRepository.Should().Be("docker.io/library/python");
        image.Tag!.Version!.ToNormalizedString().Should().StartWith("3.11.4");
        image.Tag.VersionText.Should().Be("3.11.4");
        image.Tag.Variant.Should().Be("slim-bookworm");
        image.Tag.HasVariant("slim").Should().BeTrue();
    }

    [TestMethod]
    public void Registry_with_port_and_digest_are_split()
    {
        var image = ImageReference.Parse("localhost:5000/team/app:1.0@sha256:abc");

        image.Registry.Should().Be("localhost:5000");
        image.Repository.Should().Be("team/app");
        image.Tag!.Text.Should().Be("1.0");
        image.Digest.Should().Be("sha256:abc");
    }

    [TestMethod]
    public void Microsoft_registry_image_keeps_its_path()
    {
        var image = ImageReference.Parse("mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled");

        image.Registry.Should().Be("mcr.microsoft.com");
        image.Name.Should().Be("aspnet");
        image.Tag!.VersionText.Should().Be("8.0");
        image.Tag.VariantParts.Should().Equal("jammy", "chiseled");
    }

    [TestMethod]
    public void Tag_without_version_is_a_variant()
    {
        var tag = ImageReference.Parse("debian:bookworm-slim").Tag!;

        tag.Version.Should().BeNull();
        tag.Variant.Should().Be("bookworm-slim");
    }

    [TestMethod]
    public void Alpine_variant_with_version_is_recognised()
    {
        ImageReference.Parse("node:20-alpine3.19").Tag!.HasVariant("alpine").Should().BeTrue();
    }

    [TestMethod]
    public void No_tag_and_scratch()
    {
        ImageReference.Parse("ubuntu").Tag.Should().BeNull();
        ImageReference.Parse("scratch").IsScratch.Should().BeTrue();
    }
}
