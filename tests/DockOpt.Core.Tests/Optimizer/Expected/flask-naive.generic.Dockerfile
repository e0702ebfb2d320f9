# Optimized by dockopt: dependencies install in a builder stage from the manifest alone,
# so source edits no longer re-run pip; the final stage ships the installed packages and the app.

# dockopt: added the non-root user 'app' (uid 10001); the application files stay owned by root, so the process cannot change its own code
FROM python:3.11-slim AS builder
WORKDIR /app
COPY requirements.txt ./
RUN pip install --prefix=/install --no-cache-dir -r requirements.txt

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 10001 app
WORKDIR /app
COPY --from=builder /install /usr/local
COPY . /app
USER app
CMD ["python", "app.py"]
