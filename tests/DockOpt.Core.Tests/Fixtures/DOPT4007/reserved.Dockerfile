FROM alpine:3.20 AS scratch
RUN echo hello > /hello

FROM alpine:3.20 AS context
COPY --from=scratch /hello /hello
