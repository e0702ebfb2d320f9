# Optimized by dockopt: dependencies install in a builder stage from the manifest alone,
# so source edits no longer re-run pip; the final stage ships the installed packages and the app.

# dockopt: added the non-root user 'app' (uid 10001); the application files stay owned by root, so the process cannot change its own code
# dockopt: the final stage uses python:3.11-slim (about 368 MB smaller than the full image); the builder keeps python:3.11 with its compilers
# dockopt: the original sets no WORKDIR; the builder installs from the image's root folder, as the original did
FROM python:3.11 AS builder
COPY requirements.txt ./
RUN pip install --no-cache-dir --prefix=/install -r requirements.txt

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 10001 app
COPY --from=builder /install /usr/local
COPY . .
EXPOSE 8080
USER app
CMD ["python", "main.py"]
