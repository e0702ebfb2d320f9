ARG VERSION=1.4.2
ARG BASE_TAG=3.20
FROM alpine:${BASE_TAG} AS fetch
RUN wget -q https://example.com/tool-${VERSION}.tar.gz
RUN echo "building for $TARGETARCH"

FROM alpine:${BASE_TAG}
ARG VERSION
ARG TARGETARCH
RUN wget -q https://example.com/tool-${VERSION}-${TARGETARCH}.tar.gz
COPY --from=fetch /tool-${VERSION}.tar.gz /opt/
