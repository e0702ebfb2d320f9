# syntax=docker/dockerfile:1
ARG RUST_VERSION=1.79
ARG APP_NAME=tilecache

FROM rust:${RUST_VERSION}-slim-bookworm AS build
ARG APP_NAME
WORKDIR /app

RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*

# target/ and the registry live in cache mounts, so copy the binary out
# before the RUN ends or it vanishes with the mount.
RUN --mount=type=bind,source=src,target=src \
    --mount=type=bind,source=Cargo.toml,target=Cargo.toml \
    --mount=type=bind,source=Cargo.lock,target=Cargo.lock \
    --mount=type=cache,target=/app/target/ \
    --mount=type=cache,target=/usr/local/cargo/git/db \
    --mount=type=cache,target=/usr/local/cargo/registry/ \
    <<EOF
set -e
cargo build --locked --release
cp ./target/release/$APP_NAME /bin/server
EOF

FROM debian:bookworm-slim AS final
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 \
    && rm -rf /var/lib/apt/lists/*
ARG UID=10001
RUN useradd --no-log-init --system --uid "${UID}" --no-create-home tiles
USER tiles
COPY --from=build /bin/server /bin/
EXPOSE 7800
STOPSIGNAL SIGINT
CMD ["/bin/server", "--bind", "0.0.0.0:7800"]
