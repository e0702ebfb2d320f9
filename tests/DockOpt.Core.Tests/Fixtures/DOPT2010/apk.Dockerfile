FROM alpine:3.20 AS build
RUN apk add build-base

FROM alpine:3.20
RUN apk update && apk upgrade
RUN apk add --no-cache ca-certificates
RUN apk add \
      curl \
      tzdata
RUN apk add --virtual .run-deps libpq && rm -rf /var/cache/apk/*
COPY --from=build /x /x
