# Minimal image for a serverless container platform that injects $PORT at runtime
FROM python:3.12-slim

# unbuffered stdout so log lines show up in the platform's log viewer right away
ENV PYTHONUNBUFFERED True

ENV APP_HOME /app
WORKDIR $APP_HOME
COPY . ./

RUN pip install --no-cache-dir -r requirements.txt

# Shell form on purpose: $PORT must be expanded when the container starts.
# `exec` replaces the shell so gunicorn is PID 1 and receives SIGTERM.
# --timeout 0: let the platform, not gunicorn, decide when a request is too slow.
CMD exec gunicorn --bind :$PORT --workers 1 --threads 8 --timeout 0 'shortener.app:create_app()'
