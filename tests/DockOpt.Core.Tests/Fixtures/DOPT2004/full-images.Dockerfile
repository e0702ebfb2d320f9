ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION} AS build
RUN pip wheel --wheel-dir /wheels flask

FROM python:${PYTHON_VERSION}-bookworm
COPY --from=build /wheels /wheels
