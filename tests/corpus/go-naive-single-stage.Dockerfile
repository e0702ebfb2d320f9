FROM golang

ADD . /go/src/github.com/someuser/todo-api
WORKDIR /go/src/github.com/someuser/todo-api

RUN go get ./...
RUN go build -o main .

EXPOSE 8080
ENTRYPOINT ./main
