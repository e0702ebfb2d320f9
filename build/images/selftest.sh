#!/usr/bin/env bash
# Build and run every sample for real against the dockopt daemon.
#
#   build/images/selftest.sh [SAMPLE...]     (default: all of them, see below)
#
# For each sample: `docker build` of its Dockerfile (BuildKit; a `# syntax=`
# line, which this builder cannot fetch, is stripped from a temporary copy),
# `docker run` with -e PORT=<free port> on the host network, wait (60 s at
# most) for HTTP 200 from GET / on 127.0.0.1, stop the container, print the
# image size. Starts the daemon (and runs setup.sh when the base images are
# missing) first. Ends with "N passed, N failed"; exit status 1 if any failed.
#
# Containers use --network host so the test only ever talks to loopback.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
# shellcheck source=env.sh
source "$here/env.sh"

samples=("$@")
if ((${#samples[@]} == 0)); then
    samples=(flask-naive django-naive fastapi-naive pyproject-naive flask-multistage)
fi

log() { printf '[selftest] %s\n' "$*" >&2; }
docker() { "$DOCKOPT_DOCKER" "$@"; }

# --- daemon and base images ------------------------------------------------
if [[ ! -x /usr/sbin/dockerd ]]; then
    "$here/setup.sh"
else
    "$here/start-daemon.sh" >/dev/null
    for image in debian:bookworm-slim python:3.11-slim python:3.11; do
        if ! docker image inspect "$image" >/dev/null 2>&1; then
            log "$image is missing: running setup.sh"
            "$here/setup.sh" >/dev/null
            break
        fi
    done
fi

tmp="$(mktemp -d)"
containers=()
cleanup() {
    for c in "${containers[@]}"; do docker rm -f "$c" >/dev/null 2>&1 || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_port() {
    local p=$1
    while port_in_use "$p"; do p=$((p + 1)); done
    echo "$p"
}

passed=0
failed=0
results=()
port=18080
for name in "${samples[@]}"; do
    dir="$repo/samples/$name"
    image="dockopt-selftest/$name:latest"
    if [[ ! -f $dir/Dockerfile ]]; then
        log "$name: no $dir/Dockerfile"
        results+=("$name	FAIL	(no Dockerfile)")
        failed=$((failed + 1))
        continue
    fi

    grep -viE '^#[[:space:]]*syntax[[:space:]]*=' "$dir/Dockerfile" >"$tmp/$name.Dockerfile"
    log "$name: building (log: $tmp/$name.build.log)"
    start=$SECONDS
    if ! DOCKER_BUILDKIT=1 docker build --progress=plain -f "$tmp/$name.Dockerfile" -t "$image" "$dir" \
        >"$tmp/$name.build.log" 2>&1; then
        tail -n 40 "$tmp/$name.build.log" >&2
        log "$name: BUILD FAILED"
        results+=("$name	FAIL	(build failed)")
        failed=$((failed + 1))
        continue
    fi
    build_s=$((SECONDS - start))

    port="$(free_port "$port")"
    container="dockopt-selftest-$name-$$"
    containers+=("$container")
    docker run -d --name "$container" --network host -e PORT="$port" "$image" >/dev/null
    log "$name: built in ${build_s}s; running on 127.0.0.1:$port"
    status=000
    for ((i = 0; i < 120; i++)); do
        status="$(curl -s -o "$tmp/$name.body" -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/" || true)"
        [[ $status == 200 ]] && break
        # Stop waiting once the container has exited.
        [[ "$(docker inspect -f '{{.State.Running}}' "$container" 2>/dev/null)" == true ]] || break
        sleep 0.5
    done
    size_bytes="$(docker image inspect -f '{{.Size}}' "$image")"
    size="$(awk -v b="$size_bytes" 'BEGIN { printf "%.1f MB", b / 1000 / 1000 }')"
    if [[ $status == 200 ]]; then
        log "$name: HTTP 200: $(head -c 200 "$tmp/$name.body" | tr '\n' ' ')"
        results+=("$name	ok	$size	build ${build_s}s")
        passed=$((passed + 1))
    else
        docker logs --tail 40 "$container" >&2 || true
        log "$name: no HTTP 200 from GET / (last status $status)"
        results+=("$name	FAIL	$size	(no HTTP 200)")
        failed=$((failed + 1))
    fi
    docker rm -f "$container" >/dev/null 2>&1 || true
    port=$((port + 1))
done

echo
for r in "${results[@]}"; do
    IFS=$'\t' read -r a b c d <<<"$r"
    printf '%-18s %-5s %-10s %s\n' "$a" "$b" "$c" "${d:-}"
done
echo "$passed passed, $failed failed"
((failed == 0))
