# Optimized by dockopt: dependencies install in a builder stage from the manifest alone,
# so source edits no longer re-run pip; the final stage ships the installed packages and the app.

# dockopt: added the non-root user 'app' (uid 10001); the application files stay owned by root, so the process cannot change its own code
# dockopt: line 6: the server command now listens on $PORT and runs as PID 1 (exec)
# dockopt: the final stage uses python:3.11-slim (about 368 MB smaller than the full image); the builder keeps python:3.11 with its compilers
FROM python:3.11 AS builder
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 10001 app
WORKDIR /app
COPY --from=builder /install /usr/local
COPY . /app
ENV DJANGO_SETTINGS_MODULE=mysite.settings
USER app
ENV PORT=8080
CMD exec gunicorn --bind :$PORT mysite.wsgi:application
