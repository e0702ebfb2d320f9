#!/usr/bin/env bash
# What DockOpt.MSBuild costs a build. Packs the package into a temporary feed, makes two identical
# console projects with the same Dockerfile, one with the package and one without, builds each once,
# then times RUNS no-op incremental `dotnet build`s of each (interleaved, so that load on the machine
# hits both alike) and prints the medians, their ratio, and the first build's analysis time as the
# task logs it ("dockopt: analysed N file(s) in M ms").
#
#   tests/DockOpt.EndToEnd.Tests/measure-build-cost.sh [RUNS]      (RUNS defaults to 5)
#
# Builds run with -nodeReuse:false, as the end-to-end tests do; a developer's builds reuse nodes and
# are faster in absolute terms. No test asserts on these numbers.
set -euo pipefail

runs="${1:-5}"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dockopt-cost-XXXXXX")"
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 MSBUILDTERMINALLOGGER=off

version="$(sed -n 's:.*<DockOptVersion>\(.*\)</DockOptVersion>.*:\1:p' "$repo/Directory.Build.props" | head -n 1)"
echo "packing DockOpt.MSBuild $version ..." >&2
dotnet pack "$repo/src/DockOpt.MSBuild/DockOpt.MSBuild.csproj" -c Release -o "$work/feed" -nodeReuse:false -v:q >&2

tfm="net$(dotnet --version | cut -d. -f1).0"
mkdir -p "$work/projects"
printf '<Project />\n' > "$work/Directory.Build.props"
printf '<Project />\n' > "$work/Directory.Build.targets"
printf '<Project />\n' > "$work/Directory.Packages.props"
cat > "$work/projects/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="dockopt-feed" value="$work/feed" />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="dockopt-feed"><package pattern="DockOpt.MSBuild" /></packageSource>
    <packageSource key="nuget.org"><package pattern="*" /></packageSource>
  </packageSourceMapping>
</configuration>
XML

make_project() { # name, extra item xml
  mkdir -p "$work/projects/$1"
  cat > "$work/projects/$1/$1.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>$tfm</TargetFramework>
  </PropertyGroup>
  <ItemGroup>$2</ItemGroup>
</Project>
XML
  echo 'System.Console.WriteLine("hello");' > "$work/projects/$1/Program.cs"
  printf 'bin/\nobj/\n' > "$work/projects/$1/.dockerignore"
  cat > "$work/projects/$1/Dockerfile" <<DOCKERFILE
FROM mcr.microsoft.com/dotnet/sdk:${tfm#net} AS build
WORKDIR /src
COPY . .
RUN dotnet restore
RUN dotnet publish -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:${tfm#net}
WORKDIR /app
COPY --from=build /app .
USER app
ENTRYPOINT ["dotnet", "$1.dll"]
DOCKERFILE
}

make_project With "<PackageReference Include=\"DockOpt.MSBuild\" Version=\"$version\" PrivateAssets=\"all\" />"
make_project Without ""

build() { # project, extra args...; prints the wall time in ms
  local project="$1"; shift
  local start end
  start=$(date +%s%N)
  (cd "$work/projects/$project" && NUGET_PACKAGES="$work/packages" dotnet build -nodeReuse:false "$@" > "$work/last-build.log" 2>&1) \
    || { cat "$work/last-build.log" >&2; exit 1; }
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "first builds (restore, compile, analysis) ..." >&2
first_with=$(build With -v:n)
analysis_line="$(grep -o 'dockopt: analysed [0-9]* file(s) in [0-9]* ms' "$work/last-build.log" | head -n 1)"
first_without=$(build Without)

with_times=()
without_times=()
for ((i = 1; i <= runs; i++)); do
  with_times+=("$(build With)")
  without_times+=("$(build Without)")
  echo "run $i: with ${with_times[-1]} ms, without ${without_times[-1]} ms" >&2
done

with_median=$(printf '%s\n' "${with_times[@]}" | median)
without_median=$(printf '%s\n' "${without_times[@]}" | median)
ratio=$(awk -v a="$with_median" -v b="$without_median" 'BEGIN { printf "%.3f", a / b }')

echo "DockOpt.MSBuild $version, $(dotnet --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "first build:    with ${first_with} ms, without ${first_without} ms; first analysis: ${analysis_line:-not found}"
echo "no-op build:    median of $runs, with ${with_median} ms, without ${without_median} ms"
echo "ratio:          ${ratio} (with / without)"
