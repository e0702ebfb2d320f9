# syntax=docker/dockerfile:1

FROM debian:12-slim AS base

# Keep downloaded .deb files so the cache mount actually helps
RUN rm -f /etc/apt/apt.conf.d/docker-clean; \
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > /etc/apt/apt.conf.d/keep-cache

RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
        libpq5 \
        libxml2 \
        tini

FROM base AS build
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends \
        build-essential \
        libpq-dev \
        libxml2-dev \
        pkg-config
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.ccache \
    make -j"$(nproc)" PREFIX=/opt/ingest install

FROM base
COPY --from=build /opt/ingest /opt/ingest
ENV PATH=/opt/ingest/bin:$PATH
USER nobody
ENTRYPOINT ["/usr/bin/tini", "--", "ingestd"]
CMD ["--config", "/etc/ingest/ingest.toml"]
