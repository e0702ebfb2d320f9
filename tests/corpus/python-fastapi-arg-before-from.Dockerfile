# syntax=docker/dockerfile:1

ARG PYTHON_VERSION=3.12
ARG DEBIAN_RELEASE=bookworm

FROM python:${PYTHON_VERSION}-slim-${DEBIAN_RELEASE} AS base

# Re-declare to use inside this stage (ARG before FROM is out of scope after FROM)
ARG PYTHON_VERSION
LABEL org.opencontainers.image.description="Orders API on Python ${PYTHON_VERSION}"

ENV PYTHONDONTWRITEBYTECODE=1
ENV PYTHONUNBUFFERED=1

WORKDIR /app

ARG UID=10001
RUN groupadd --gid "${UID}" orders \
 && useradd --uid "${UID}" --gid orders --no-log-init --no-create-home --shell /usr/sbin/nologin orders

RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt

USER orders

COPY . .

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/healthz').status == 200 else 1)"

CMD ["uvicorn", "orders.main:app", "--host", "0.0.0.0", "--port", "8000", "--proxy-headers"]
