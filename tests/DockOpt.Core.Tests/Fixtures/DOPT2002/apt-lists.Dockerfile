FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends git
