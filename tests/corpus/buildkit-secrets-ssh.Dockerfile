# syntax=docker/dockerfile:1
FROM python:3.12-slim AS deps

RUN apt-get update && apt-get install -y --no-install-recommends git openssh-client \
    && rm -rf /var/lib/apt/lists/*

# GitHub host key so `git+ssh` works without StrictHostKeyChecking=no
RUN mkdir -p -m 0700 ~/.ssh && ssh-keyscan github.com >> ~/.ssh/known_hosts

WORKDIR /build
COPY requirements.txt .

# Private index token and a deploy key, never persisted in a layer
RUN --mount=type=secret,id=pip_index_url,env=PIP_INDEX_URL \
    --mount=type=secret,id=netrc,target=/root/.netrc,mode=0400 \
    --mount=type=ssh,id=default \
    --mount=type=cache,target=/root/.cache/pip \
    pip wheel --wheel-dir /wheels -r requirements.txt \
      "git+ssh://git@github.com/acme/internal-sdk.git@v3.1.0"

# Old-style secret usage: read the file at a well-known path
RUN --mount=type=secret,id=sentry_token \
    SENTRY_AUTH_TOKEN="$(cat /run/secrets/sentry_token)" \
    sh -c 'test -n "$SENTRY_AUTH_TOKEN" && echo "token present"'

# Optional secret: the build continues when it is not provided
RUN --mount=type=secret,id=gpg_key,required=false \
    if [ -f /run/secrets/gpg_key ]; then echo "signing enabled"; else echo "signing disabled"; fi

FROM python:3.12-slim
COPY --from=deps /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels /wheels/*.whl && rm -rf /wheels
# BAD: a secret passed as build arg ends up in the image history
ARG GITHUB_TOKEN
ENV GITHUB_TOKEN=${GITHUB_TOKEN}
USER nobody
CMD ["python", "-m", "internal_sdk.worker"]
