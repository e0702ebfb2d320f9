using DockOpt.Core.Analysis;
using DockOpt.Core.Fixes;
using DockOpt.Core.Text;

namespace DockOpt.Core.Tests.Fixes;

[TestClass]
public sealed class FixEngineTests
{
    private static FixResult Fix(string text, bool includeUnsafe = false, BuildContextView? context = null) =>
        FixEngine.Apply(SourceText.From(text, "Dockerfile"), new FixOptions { IncludeUnsafe = includeUnsafe, Analyzer = new AnalyzerOptions { BuildContext = context } });

    [TestMethod]
    public void Safe_fixes_are_applied_and_unsafe_ones_wait_for_the_flag()
    {
        var text = "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n";

        Fix(text).FixedText.Should().Be("FROM debian:12\nRUN apt-get update && apt-get install -y curl \\\n    && rm -rf /var/lib/apt/lists/*\n");
        Fix(text, includeUnsafe: true).FixedText.Should().Contain("apt-get install --no-install-recommends -y curl");
    }

    [TestMethod]
    public void Crlf_line_endings_and_the_bom_are_kept()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat("FROM python:3.12-slim\r\n# keep me\r\nRUN pip install flask\r\n"u8.ToArray()).ToArray();

        var result = FixEngine.Apply(SourceText.From(bytes, "Dockerfile"));

        result.FixedBytes.Should().Equal(new byte[] { 0xEF, 0xBB, 0xBF }.Concat("FROM python:3.12-slim\r\n# keep me\r\nRUN pip install --no-cache-dir flask\r\n"u8.ToArray()));
    }

    [TestMethod]
    public void Appended_continuation_uses_the_files_line_ending()
    {
        var result = Fix("FROM debian:12\r\nRUN apt-get update && apt-get install -y curl\r\n");

        result.FixedText.Should().Be("FROM debian:12\r\nRUN apt-get update && apt-get install -y curl \\\r\n    && rm -rf /var/lib/apt/lists/*\r\n");
    }

    [TestMethod]
    public void Nothing_else_changes_byte_for_byte()
    {
        var text = "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\t\n\n  # indented comment  \nRUN pip install \\\n\t  flask   # trailing\nCMD python app.py";

        var result = Fix(text);

        result.FixedText.Should().Be("# syntax=docker/dockerfile:1\nFROM python:3.12-slim\t\n\n  # indented comment  \nRUN pip install --no-cache-dir \\\n\t  flask   # trailing\nCMD exec python app.py");
    }

    [TestMethod]
    public void Fixing_twice_changes_nothing_the_second_time()
    {
        var once = Fix("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\nCMD serve\n", includeUnsafe: true);

        Fix(once.FixedText, includeUnsafe: true).Outcome.Should().Be(FixOutcome.Unchanged);
    }

    [TestMethod]
    public void Apt_update_moves_into_the_install_run()
    {
        var result = Fix("FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n");

        result.FixedText.Should().Be("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n");
    }

    [TestMethod]
    public void Lists_are_kept_when_a_later_run_installs_without_updating()
    {
        var text = "FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN apt-get install -y --no-install-recommends git\n";

        Fix(text).FixedText.Should().NotContain("rm -rf /var/lib/apt/lists");
    }

    [TestMethod]
    public void Manifest_first_needs_the_build_context()
    {
        var text = "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n";

        Fix(text).Outcome.Should().Be(FixOutcome.Unchanged);
    }

    [TestMethod]
    public void Manifest_first_moves_the_install_above_the_context_copy()
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-fix-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "requirements.txt"), "flask==3.0.0\n");
            var result = Fix("FROM python:3.12-slim\nWORKDIR /app\nCOPY --chown=app . .\nRUN pip install --no-cache-dir -r requirements.txt\nUSER app\n", context: new BuildContextView(dir.FullName));

            result.FixedText.Should().Be("FROM python:3.12-slim\nWORKDIR /app\nCOPY --chown=app requirements.txt ./\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY --chown=app . .\nUSER app\n");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Manifest_first_is_not_offered_when_requirements_name_local_files()
    {
        var dir = Directory.CreateTempSubdirectory("dockopt-fix-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "requirements.txt"), "-r base.txt\n-e .\n");
            var result = Fix("FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements.txt\n", context: new BuildContextView(dir.FullName));

            result.Outcome.Should().Be(FixOutcome.Unchanged);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void Invalid_utf8_is_never_rewritten()
    {
        var bytes = "FROM python:3.12-slim\nRUN pip install flask # \u00e9\n"u8.ToArray();
        bytes[^3] = 0xFF;

        FixEngine.Apply(SourceText.From(bytes, "Dockerfile")).Outcome.Should().Be(FixOutcome.NotRewritable);
    }

    [TestMethod]
    public void Edits_are_applied_in_order()
    {
        FixEngine.ApplyEdits("abcdef", [new TextEdit(new TextSpan(4, 5), "E"), new TextEdit(new TextSpan(0, 0), ">"), new TextEdit(new TextSpan(2, 4), "")])
            .Should().Be(">abEf");
    }
}
