FROM debian:bookworm-slim AS base
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*

FROM base AS with-health
COPY --chmod=755 bin/mediasrv /usr/local/bin/mediasrv

# HEALTHCHECK with every flag, exec form
HEALTHCHECK --interval=30s --timeout=5s --start-period=1m --start-interval=2s --retries=5 \
    CMD ["curl", "-fsS", "http://127.0.0.1:8554/healthz"]

STOPSIGNAL SIGQUIT

# JSON form and plain form, several paths
VOLUME ["/var/lib/mediasrv", "/var/log/mediasrv"]
VOLUME /recordings /tmp/transcode

# RTSP over tcp + udp, RTP port range, SRT over udp
EXPOSE 8554 8554/udp
EXPOSE 8000-8001/udp
EXPOSE 8890/udp 9997/tcp

CMD ["/usr/local/bin/mediasrv", "--config", "/etc/mediasrv.yml"]

# A debug variant that turns the inherited health check off
FROM with-health AS debug
HEALTHCHECK NONE
STOPSIGNAL 9
RUN apt-get update && apt-get install -y gdb strace tcpdump
CMD ["/usr/local/bin/mediasrv", "--config", "/etc/mediasrv.yml", "--log-level=trace"]

# A variant with a shell-form health check and numeric-ish durations
FROM with-health AS edge
HEALTHCHECK --interval=5m --timeout=3s CMD curl -f http://localhost:8554/healthz || exit 1
STOPSIGNAL SIGRTMIN+3
