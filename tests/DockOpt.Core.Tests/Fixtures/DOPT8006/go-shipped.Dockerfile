FROM golang:1.23 AS tools
RUN go install golang.org/x/tools/cmd/stringer@v0.24.0

FROM golang:1.23
WORKDIR /src
COPY --from=tools /go/bin/stringer /usr/local/bin/
COPY . .
RUN go generate ./... && go build -o /app ./cmd/app
RUN go build -o /migrate ./cmd/migrate
CMD ["/app"]
