# Optimized by dockopt: dependencies install in a builder stage from the manifest alone,
# so source edits no longer re-run pip; the final stage ships the installed packages and the app.

# dockopt: added the non-root user 'app' (uid 10001); the application files stay owned by root, so the process cannot change its own code
# dockopt: line 5: kept the start command; make sure the server listens on $PORT (Cloud Run sets it)
# dockopt: the dependencies and the build backend install from pyproject.toml alone; the project itself builds without isolation (--no-build-isolation), so a source edit does not reinstall either
FROM python:3.11-slim AS builder
WORKDIR /app
COPY pyproject.toml ./
RUN python -c "import tomllib; p = tomllib.load(open('pyproject.toml', 'rb')); \
        open('/tmp/requirements.txt', 'w').write('\n'.join(p['project'].get('dependencies', []))); \
        open('/tmp/build-requirements.txt', 'w').write('\n'.join(p.get('build-system', {}).get('requires', ['setuptools>=40.8.0'])))" \
    && pip install --no-cache-dir -r /tmp/build-requirements.txt \
    && pip install --no-cache-dir --prefix=/install -r /tmp/requirements.txt
COPY . .
RUN pip install --no-deps --no-build-isolation --no-cache-dir --prefix=/install .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN useradd --create-home --uid 10001 app
WORKDIR /app
COPY . .
COPY --from=builder /install /usr/local
USER app
ENV PORT=8080
CMD ["hello-pyproject"]
