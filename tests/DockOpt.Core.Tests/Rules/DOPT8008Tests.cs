using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8008Tests
{
    private const string Id = "DOPT8008";

    [TestMethod]
    public void Temurin_jdk_running_java_is_caught() =>
        Catches(Id, "FROM eclipse-temurin:21-jdk\nCOPY app.jar /app.jar\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n", "1:6-1:28");

    [TestMethod]
    public void Version_only_tag_is_the_jdk() =>
        Catches(Id, "FROM eclipse-temurin:17\nCOPY app.jar /app.jar\nCMD java -jar /app.jar\n", "1:6-1:24");

    [TestMethod]
    public void Maven_image_is_caught() =>
        Catches(Id, "FROM maven:3.9-eclipse-temurin-21\nCOPY target/app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n", "1:6-1:34");

    [TestMethod]
    public void Jre_passes() =>
        Passes(Id, "FROM eclipse-temurin:21-jre\nCOPY app.jar /app.jar\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n");

    [TestMethod]
    public void Compiling_in_the_shipped_stage_passes() =>
        Passes(Id, "FROM eclipse-temurin:21-jdk\nCOPY . /src\nRUN cd /src && ./mvnw package\nENTRYPOINT [\"java\", \"-jar\", \"/src/target/app.jar\"]\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM eclipse-temurin:21-jdk AS build\nRUN javac Main.java\nFROM eclipse-temurin:21-jre\nCOPY --from=build /Main.class /\nCMD [\"java\", \"Main\"]\n");

    [TestMethod]
    public void Image_not_running_java_passes() =>
        Passes(Id, "FROM eclipse-temurin:21-jdk\nCMD [\"jshell\"]\n");

    [TestMethod]
    public void Fix_rewrites_the_tag_to_the_jre()
    {
        var fix = Run(Id, "FROM eclipse-temurin:21-jdk-alpine\nENTRYPOINT [\"java\", \"-jar\", \"/app.jar\"]\n").Single().Fix!;

        fix.Applicability.Should().Be(Core.Fixes.FixApplicability.Unsafe);
        fix.Edits.Single().NewText.Should().Be("eclipse-temurin:21-jre-alpine");
    }

}
