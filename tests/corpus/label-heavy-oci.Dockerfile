ARG BUILD_DATE
ARG VCS_REF
ARG VERSION=0.0.0-dev

FROM alpine:3.20

ARG BUILD_DATE
ARG VCS_REF
ARG VERSION

LABEL org.opencontainers.image.title="metrics-proxy" \
      org.opencontainers.image.description="Prometheus scrape proxy with per-tenant auth" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${VCS_REF}" \
      org.opencontainers.image.created="${BUILD_DATE}" \
      org.opencontainers.image.source="https://git.example.com/observability/metrics-proxy" \
      org.opencontainers.image.url="https://docs.example.com/metrics-proxy" \
      org.opencontainers.image.documentation="https://docs.example.com/metrics-proxy/README" \
      org.opencontainers.image.vendor="Example Observability Guild" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.authors="Observability <obs@example.com>" \
      org.opencontainers.image.base.name="docker.io/library/alpine:3.20"

# single-pair legacy form, value with spaces and no quotes
LABEL description This image proxies scrapes
# unquoted values, key with dashes
LABEL tier=backend team=observability cost-center=4711
# quoted key, escaped quote and multiline value
LABEL "com.example.notes"="Line one \"quoted\" \
and line two"
LABEL com.example.empty=""
LABEL version=1.0 version=2.0

RUN apk add --no-cache ca-certificates
COPY metrics-proxy /usr/bin/metrics-proxy
USER 65534
ENTRYPOINT ["/usr/bin/metrics-proxy"]
