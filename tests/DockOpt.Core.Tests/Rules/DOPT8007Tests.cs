using static DockOpt.Core.Tests.Rules.RuleTestHelpers;

namespace DockOpt.Core.Tests.Rules;

[TestClass]
public sealed class DOPT8007Tests
{
    private const string Id = "DOPT8007";

    [TestMethod]
    public void Cargo_build_in_the_final_rust_stage_is_caught() =>
        Catches(Id, "FROM rust:1.80\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\nCMD [\"/src/target/release/app\"]\n", "4:5-4:16");

    [TestMethod]
    public void Cargo_install_of_tools_passes() =>
        Passes(Id, "FROM rust:1.80\nRUN cargo install cargo-audit\nENTRYPOINT [\"cargo\", \"audit\"]\n");

    [TestMethod]
    public void Builder_stage_passes() =>
        Passes(Id, "FROM rust:1.80 AS build\nRUN cargo build --release\nFROM debian:12-slim\nCOPY --from=build /src/target/release/app /app\n");

    [TestMethod]
    public void Cargo_fetch_passes() =>
        Passes(Id, "FROM rust:1.80\nRUN cargo fetch\n");
}
