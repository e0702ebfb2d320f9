FROM debian:12-slim
MAINTAINER Jane Doe <jane@example.com>
LABEL org.opencontainers.image.source="https://example.com/repo"
