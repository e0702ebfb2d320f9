using DockOpt.Core.Shell;
using static DockOpt.Core.Tests.Shell.ShellTestHelpers;

namespace DockOpt.Core.Tests.Shell;

[TestClass]
public sealed class CommandLineViewTests
{
    private static CommandLineView View(string commandLine, IEnumerable<string>? optionsWithValue = null) =>
        Single(commandLine).ParseArguments(optionsWithValue);

    [TestMethod]
    public void Apt_get_install_has_flags_subcommand_and_packages()
    {
        var view = View("apt-get install -y --no-install-recommends a b", KnownOptions.AptGet);

        view.Subcommand.Should().Be("install");
        view.Positionals.Values().Should().Equal("install", "a", "b");
        view.Options.Select(o => o.Name).Should().Equal("-y", "--no-install-recommends");
        view.Has("-y", "--yes", "--assume-yes").Should().BeTrue();
        view.Has("--no-install-recommends").Should().BeTrue();
    }

    [TestMethod]
    public void Combined_short_flags_are_each_present()
    {
        var view = View("apt-get -yq install x", KnownOptions.AptGet);

        view.Has("-y").Should().BeTrue();
        view.Has("-q").Should().BeTrue();
        view.Options.Should().OnlyContain(o => o.Word.Value == "-yq");
        view.Subcommand.Should().Be("install");
    }

    [TestMethod]
    public void Apt_get_dash_o_takes_the_next_word()
    {
        var view = View("apt-get install -o APT::Install-Recommends=false x", KnownOptions.AptGet);

        view.Values("-o").Should().Equal("APT::Install-Recommends=false");
        view.Positionals.Values().Should().Equal("install", "x");
    }

    [TestMethod]
    public void Apt_get_dash_o_takes_an_attached_value() =>
        View("apt-get -oDpkg::Options::=--force-confnew install x", KnownOptions.AptGet).Values("-o", "--option")
            .Should().Equal("Dpkg::Options::=--force-confnew");

    [TestMethod]
    public void Pip_requirement_file_is_an_option_value_not_a_package()
    {
        var view = View("pip install --no-cache-dir -r requirements.txt", KnownOptions.Pip);

        view.Has("--no-cache-dir").Should().BeTrue();
        view.Values("-r", "--requirement").Should().Equal("requirements.txt");
        view.Positionals.Values().Should().Equal("install");
    }

    [TestMethod]
    public void Pip_attached_requirement_file_is_its_value() =>
        View("pip install -rrequirements.txt", KnownOptions.Pip).Values("-r").Should().Equal("requirements.txt");

    [TestMethod]
    public void Long_option_with_equals_has_a_value_and_counts_as_present()
    {
        var view = View("pip install --index-url=https://pypi.example/simple --yes=true x", KnownOptions.Pip);

        view.Values("--index-url").Should().Equal("https://pypi.example/simple");
        view.Has("--yes").Should().BeTrue();
        view.Positionals.Values().Should().Equal("install", "x");
    }

    [TestMethod]
    public void Long_options_match_by_exact_name_only() =>
        View("pip install --no-cache-dir x", KnownOptions.Pip).Has("--no-cache").Should().BeFalse();

    [TestMethod]
    public void Curl_cluster_ending_in_a_value_option_takes_the_next_word()
    {
        var view = View("curl -fsSLo /tmp/x.tgz https://example.com/x.tgz", KnownOptions.Curl);

        view.Options.Select(o => o.Name).Should().Equal("-f", "-s", "-S", "-L", "-o");
        view.Values("-o", "--output").Should().Equal("/tmp/x.tgz");
        view.Positionals.Values().Should().Equal("https://example.com/x.tgz");
    }

    [TestMethod]
    public void Curl_dash_capital_o_takes_no_value()
    {
        var view = View("curl -fsSL -O https://x/y.tgz -H 'Accept: */*'", KnownOptions.Curl);

        view.Positionals.Values().Should().Equal("https://x/y.tgz");
        view.Values("-H", "--header").Should().Equal("Accept: */*");
    }

    [TestMethod]
    public void Curl_piped_to_sh_is_analysable()
    {
        var script = ParseValid("curl -fsSL https://get.example.sh | sh");
        var curl = script.Find("sh").PipedFrom!;

        curl.ParseArguments(KnownOptions.Curl).Positionals.Values().Should().Equal("https://get.example.sh");
    }

    [TestMethod]
    public void Double_dash_ends_options()
    {
        var view = View("rm -f -- -weird-file -r");

        view.Options.Select(o => o.Name).Should().Equal("-f");
        view.Positionals.Values().Should().Equal("-weird-file", "-r");
    }

    [TestMethod]
    public void Lone_dash_is_a_positional() =>
        View("cat -n - notes.txt").Positionals.Values().Should().Equal("-", "notes.txt");

    [TestMethod]
    public void Short_option_with_equals_has_a_value() =>
        View("apt-get -q=2 update", KnownOptions.AptGet).Values("-q").Should().Equal("2");

    [TestMethod]
    public void Whole_word_names_match_multi_letter_short_options()
    {
        var view = View("wget -nv -O /tmp/x https://x", KnownOptions.Wget);

        view.Has("-nv").Should().BeTrue();
        view.Has("-v").Should().BeFalse();
        view.Values("-O").Should().Equal("/tmp/x");
    }

    [TestMethod]
    public void Option_missing_its_value_at_the_end_has_none() =>
        View("pip install -r", KnownOptions.Pip).Options.Single().Value.Should().BeNull();

    [TestMethod]
    public void Option_span_covers_its_separate_value()
    {
        var script = ParseValid("pip install -r req.txt x");
        var option = script.Commands[0].ParseArguments(KnownOptions.Pip).Options.Single();

        script.Slice(option.Start, option.End).Should().Be("-r req.txt");
        option.ValueWord!.Value.Should().Be("req.txt");
        option.IsLong.Should().BeFalse();
    }

    [TestMethod]
    public void Without_known_options_every_option_is_a_flag() =>
        CommandLineView.Parse(Single("pip install -r req.txt").Arguments).Positionals.Values().Should().Equal("install", "req.txt");

    [TestMethod]
    public void Apk_virtual_package_name_is_an_option_value() =>
        View("apk add --no-cache -t .build-deps gcc musl-dev", KnownOptions.Apk).Positionals.Values()
            .Should().Equal("add", "gcc", "musl-dev");

    [TestMethod]
    public void Npm_registry_is_an_option_value() =>
        View("npm ci --registry https://r.example --omit=dev", KnownOptions.Npm).Positionals.Values().Should().Equal("ci");

    [TestMethod]
    public void Option_values_keep_quotes_removed() =>
        View("curl -H \"Authorization: Bearer $TOKEN\" x", KnownOptions.Curl).Values("-H")
            .Should().Equal("Authorization: Bearer $TOKEN");
}
