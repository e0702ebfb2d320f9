FROM alpine:3.20
ONBUILD ONBUILD RUN echo "nested onbuild is not allowed"
ONBUILD FROM busybox
ONBUILD MAINTAINER nobody
CMD ["sh"]
