# syntax=docker/dockerfile:1
FROM python:3.12-slim AS base
RUN --mount=type=cache,target=/var/cache/apt \
    --mount=type=cache,target=/var/lib/apt \
    apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*

FROM base
RUN --mount=type=cache,target=/root/.cache/pip \
    pip install --no-cache-dir -r requirements.txt
RUN --mount=type=cache,target=/root/.cache/pip pip install gunicorn==23.0.0
RUN --mount=type=tmpfs,target=/tmp pip install --no-cache-dir uvicorn==0.30.0
CMD ["gunicorn", "app:app"]
