ARG BUILD_DATE

FROM alpine:3.20 AS tools
RUN apk add --no-cache curl
ARG GIT_COMMIT
RUN echo "$GIT_COMMIT" > /revision

FROM alpine:3.20
ARG BUILD_DATE
ARG VCS_REF
ARG VERSION=1.0.0
RUN apk add --no-cache ca-certificates tzdata
COPY --from=tools /revision /etc/revision
RUN echo "$VCS_REF" > /etc/app-revision
LABEL org.opencontainers.image.created=$BUILD_DATE \
      org.opencontainers.image.version=$VERSION
