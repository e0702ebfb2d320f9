# syntax=docker/dockerfile:1
FROM golang:1.22 AS vendor
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download

FROM vendor AS hermetic
# Offline build: every module must already be in the module cache
RUN --network=none \
    --mount=type=bind,target=/src,rw \
    --mount=type=tmpfs,target=/tmp \
    CGO_ENABLED=0 go build -o /out/sbomgen ./cmd/sbomgen

# Cache mount shared across builders with explicit id and mode.
# NOTE: TARGETARCH is not declared with ARG in this stage, so the default kicks in.
RUN --mount=type=cache,id=gomod-${TARGETARCH:-amd64},target=/go/pkg/mod,sharing=shared,mode=0755 \
    --mount=type=bind,target=/src \
    go list -m all > /out/modules.txt

FROM debian:bookworm-slim AS smoke
# Bind-mount a file from another stage without copying it into this one
RUN --mount=type=bind,from=hermetic,source=/out/sbomgen,target=/usr/local/bin/sbomgen \
    mkdir -p /out && sbomgen --version > /out/version.txt

# Network host mode (needs the network.host entitlement)
RUN --network=host \
    (command -v curl >/dev/null && curl -fsS http://localhost:5000/v2/_catalog) || true

FROM scratch AS export
COPY --from=hermetic /out/sbomgen /out/modules.txt /
COPY --from=smoke /out/version.txt /
