FROM alpine:3.20
RUNN apk add --no-cache curl
COPPY app /app
EXPOSES 8080
CMD ["/app/run"]
