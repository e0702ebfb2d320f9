FROM python:3.12 AS build
RUN python -m venv /opt/venv

FROM python:3.12-slim
COPY .venv /app/.venv
COPY --from=build /opt/venv /opt/venv
COPY ["venv/", "/srv/venv/"]
COPY src/ /app/src/
