FROM golang:1.22-alpine AS builder

RUN apk add --no-cache git ca-certificates tzdata && update-ca-certificates

# scratch has no useradd; create the account here and copy passwd/group over
RUN addgroup -g 65532 pinger && adduser -D -H -G pinger -u 65532 -s /sbin/nologin pinger

WORKDIR /go/src/pinger
COPY go.mod go.sum ./
RUN go mod download && go mod verify

COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -trimpath -ldflags="-s -w -X main.version=1.4.2" -o /go/bin/pinger ./cmd/pinger

FROM scratch
COPY --from=builder /usr/share/zoneinfo /usr/share/zoneinfo
COPY --from=builder /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=builder /etc/passwd /etc/passwd
COPY --from=builder /etc/group /etc/group
COPY --from=builder /go/bin/pinger /pinger
USER pinger:pinger
EXPOSE 9115/tcp 9115/udp
ENTRYPOINT ["/pinger"]
