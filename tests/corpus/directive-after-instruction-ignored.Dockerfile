FROM debian:bookworm-slim
# syntax=docker/dockerfile:1
# ^ too late: directives are only recognised before the first instruction
# escape=`

RUN apt-get update && \
    apt-get install -y --no-install-recommends procps && \
    rm -rf /var/lib/apt/lists/*

# Without BuildKit syntax support, RUN --mount would be an error with the
# legacy builder; modern builders accept it anyway.
CMD ["ps", "aux"]
