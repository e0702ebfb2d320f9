FROM python:3.10-slim as builder

RUN pip install --no-cache-dir pipenv==2023.12.1

ENV PIPENV_VENV_IN_PROJECT=1 \
    PIPENV_NOSPIN=1

WORKDIR /usr/src
COPY Pipfile Pipfile.lock ./
RUN pipenv install --deploy --ignore-pipfile

FROM python:3.10-slim as runtime

RUN useradd --create-home --uid 1000 worker
WORKDIR /home/worker/app

COPY --from=builder /usr/src/.venv /home/worker/app/.venv
ENV PATH="/home/worker/app/.venv/bin:$PATH"

COPY --chown=worker:worker scheduler/ scheduler/
USER worker

CMD ["python", "-m", "scheduler", "--queue", "default"]
