# syntax=docker/dockerfile:1
# check=error=true

ARG GO_VERSION=1.23
FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src

# Download modules into a cache mount; the bind mounts avoid a COPY layer.
RUN --mount=type=cache,target=/go/pkg/mod/ \
    --mount=type=bind,source=go.sum,target=go.sum \
    --mount=type=bind,source=go.mod,target=go.mod \
    go mod download -x

ARG TARGETOS
ARG TARGETARCH
ARG VERSION=dev
RUN --mount=type=cache,target=/go/pkg/mod/ \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \
    go build -ldflags "-s -w -X github.com/acme/relay/internal/build.Version=${VERSION}" \
      -o /bin/relay ./cmd/relay

FROM build AS test
RUN --mount=type=cache,target=/go/pkg/mod/ \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    go test -race ./...

FROM gcr.io/distroless/static-debian12:nonroot AS final
COPY --from=build /bin/relay /relay
EXPOSE 8443
USER nonroot:nonroot
ENTRYPOINT ["/relay"]
CMD ["serve", "--listen=:8443"]
