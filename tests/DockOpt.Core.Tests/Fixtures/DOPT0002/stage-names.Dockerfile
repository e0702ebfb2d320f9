FROM golang:1.22 AS Builder
WORKDIR /src
COPY . .
RUN go build -o /out/app .

FROM golang:1.22 AS test-runner
RUN go test ./...

FROM gcr.io/distroless/static-debian12
COPY --from=builder /out/app /app
ENTRYPOINT ["/app"]
