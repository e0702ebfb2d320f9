FROM golang:1.22 AS build
FROM debian:bookworm-slim
COPY --from=build /go/bin/app /usr/local/bin/app
CMD ["app"]
