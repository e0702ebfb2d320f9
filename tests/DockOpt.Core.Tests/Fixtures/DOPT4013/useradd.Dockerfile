FROM debian:12-slim
ARG APP_UID=1000001
RUN useradd --uid "${APP_UID}" --create-home app
RUN useradd --no-log-init --uid 2000000 --create-home worker
RUN useradd --uid 10001 --create-home web
