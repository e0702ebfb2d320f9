FROM golang:1.23-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/server ./cmd/server
RUN CGO_ENABLED=0 go build -o /out/healthcheck ./cmd/healthcheck
RUN go build -o /out/debug-tool ./cmd/debug

FROM gcr.io/distroless/base-debian12 AS debug
COPY --from=build /out/debug-tool /debug-tool

FROM scratch
COPY --from=build /out/server /out/healthcheck /
ENTRYPOINT ["/server"]
