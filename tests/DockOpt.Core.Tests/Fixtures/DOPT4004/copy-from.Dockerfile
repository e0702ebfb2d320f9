FROM golang:1.22 AS builder
RUN go build -o /out/app .

FROM gcr.io/distroless/static-debian12 AS final
COPY --from=buidler /out/app /app
COPY --from=assets /dist /www
COPY --from=busybox:1.36 /bin/busybox /busybox
COPY --from=builder /out/app /app

FROM node:20 AS assets
RUN npm ci && npm run build
