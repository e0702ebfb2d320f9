#!/usr/bin/env bash
# Runs `dotnet dockopt check` over the real-world Dockerfiles listed in docs/precision/sources.tsv
# (public GitHub repositories, each pinned to a commit) and prints how often each rule fires, as
# docs/precision.md reports it. The files are not in this repository (they are other people's work):
# the script downloads each one at its commit into a folder of its own.
#
#   build/precision/realworld-run.sh [--base-url URL] [--batch N] OUTDIR
#
#   --base-url  where files are fetched from, as URL/REPO/COMMIT/PATH
#               (default https://raw.githubusercontent.com; file:///some/mirror works too)
#   --batch     only the files of that batch (1 or 2); default: all
#
# Writes OUTDIR/files/ (flattened names: owner__repo__path), OUTDIR/report.json, and prints
# "RULE  CATEGORY  FINDINGS  FILES" lines, most frequent first. Needs curl, python3 and the .NET SDK.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
base_url=https://raw.githubusercontent.com
batch=
while (($#)); do
    case $1 in
        --base-url) (($# >= 2)) || { echo "--base-url needs a URL" >&2; exit 2; }; base_url=${2%/}; shift 2 ;;
        --batch) (($# >= 2)) || { echo "--batch needs a number" >&2; exit 2; }; batch=$2; shift 2 ;;
        -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) break ;;
    esac
done
(($# == 1)) || { echo "usage: $0 [--base-url URL] [--batch N] OUTDIR" >&2; exit 2; }
out=$1
mkdir -p "$out/files"

fetched=0 missing=0
while IFS=$'\t' read -r file_batch repo path commit; do
    [[ $file_batch == batch ]] && continue
    [[ -n $batch && $file_batch != "$batch" ]] && continue
    name="${repo//\//__}__${path//\//__}"
    [[ $name == *Dockerfile* || $name == *Containerfile* || $name == *dockerfile* ]] || name+=.Dockerfile
    if curl -fsSL --retry 2 -o "$out/files/$name" "$base_url/$repo/$commit/$path"; then
        fetched=$((fetched + 1))
    else
        echo "could not fetch $repo/$path at $commit" >&2
        rm -f "$out/files/$name"
        missing=$((missing + 1))
    fi
done <"$root/docs/precision/sources.tsv"
echo "fetched $fetched file(s), $missing missing" >&2
((fetched > 0)) || exit 1

# Exit code 1 only means findings; 2 would be a usage error.
status=0
dotnet run --project "$root/src/DockOpt.Cli" -- check "$out"/files/* --format json --fail-level none --output "$out/report.json" || status=$?
((status == 0)) || { echo "dockopt check failed with exit code $status" >&2; exit "$status"; }

python3 - "$out/report.json" <<'PY'
import collections, json, sys
report = json.load(open(sys.argv[1]))
findings, files, category = collections.Counter(), collections.Counter(), {}
for f in report["files"]:
    for d in f["diagnostics"]:
        findings[d["id"]] += 1
        category[d["id"]] = d["category"]
    for rule in {d["id"] for d in f["diagnostics"]}:
        files[rule] += 1
print(f"{len(report['files'])} files, {sum(findings.values())} findings, {len(findings)} rules fired")
for rule, n in sorted(findings.items(), key=lambda x: (-x[1], x[0])):
    print(f"{rule}\t{category[rule]}\t{n}\t{files[rule]}")
PY
