FROM debian:12 AS build
RUN chmod -R 777 /src

FROM debian:12-slim
RUN mkdir -p /app/uploads /scratch \
    && chmod -R 777 /app \
    && chmod a+w /app/uploads \
    && chmod 1777 /scratch \
    && chmod -R g=u /app \
    && chmod +x /usr/local/bin/run
COPY --chmod=666 config.yml /etc/app/config.yml
COPY --chmod=755 run.sh /usr/local/bin/run
