# This file starts with a UTF-8 byte order mark (EF BB BF)
FROM alpine:3.20
RUN apk add --no-cache tzdata ca-certificates
ENV TZ=Europe/Berlin
COPY cronjobs /etc/crontabs/root
CMD ["crond", "-f", "-l", "2"]
