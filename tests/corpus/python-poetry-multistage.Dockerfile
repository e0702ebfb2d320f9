# syntax=docker/dockerfile:1.7
ARG PYTHON_IMAGE=python:3.12-slim-bookworm

################################
# builder: resolve deps with poetry
################################
FROM ${PYTHON_IMAGE} AS builder

ENV POETRY_VERSION=1.8.3 \
    POETRY_HOME=/opt/poetry \
    POETRY_NO_INTERACTION=1 \
    POETRY_VIRTUALENVS_IN_PROJECT=1 \
    POETRY_VIRTUALENVS_CREATE=1 \
    POETRY_CACHE_DIR=/tmp/poetry_cache

RUN python -m venv $POETRY_HOME \
 && $POETRY_HOME/bin/pip install "poetry==$POETRY_VERSION"

WORKDIR /app
COPY pyproject.toml poetry.lock ./
# README is referenced from pyproject; poetry complains if it's missing
RUN touch README.md

RUN --mount=type=cache,target=$POETRY_CACHE_DIR \
    $POETRY_HOME/bin/poetry install --without dev --no-root

COPY src ./src
RUN $POETRY_HOME/bin/poetry install --without dev

################################
# runtime
################################
FROM ${PYTHON_IMAGE} AS runtime

ENV VIRTUAL_ENV=/app/.venv \
    PATH="/app/.venv/bin:$PATH"

COPY --from=builder ${VIRTUAL_ENV} ${VIRTUAL_ENV}
COPY --from=builder /app/src /app/src

WORKDIR /app
USER 65532:65532
ENTRYPOINT ["python", "-m", "ledger.cli"]
