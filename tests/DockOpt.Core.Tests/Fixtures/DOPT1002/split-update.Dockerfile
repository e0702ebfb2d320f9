FROM debian:bookworm-slim AS base
RUN apt-get update
RUN apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

FROM base
RUN apt-get update && apt-get install -y --no-install-recommends git
