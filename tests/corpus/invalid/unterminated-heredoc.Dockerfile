# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends curl
rm -rf /var/lib/apt/lists/*
EOT
CMD ["curl", "--version"]
