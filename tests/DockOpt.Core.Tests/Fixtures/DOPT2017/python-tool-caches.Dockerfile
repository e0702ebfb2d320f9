FROM python:3.12-slim
COPY --from=ghcr.io/astral-sh/uv:0.4.18 /uv /bin/uv
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN uv sync --frozen --no-dev
RUN --mount=type=cache,target=/root/.cache/uv uv pip install --system gunicorn==23.0.0
RUN UV_NO_CACHE=1 uv tool install ruff==0.6.9
RUN pip install --no-cache-dir poetry==1.8.3 && poetry install --only main
ENV PATH="/app/.venv/bin:$PATH"
CMD ["gunicorn", "app:app"]
