ARG REGISTRY=docker.io
ARG BASE_IMAGE=library/debian
ARG BASE_TAG
ARG VARIANT=slim

FROM ${REGISTRY}/${BASE_IMAGE}:${BASE_TAG:-bookworm}${VARIANT:+-$VARIANT} AS base

ARG APP_USER=svc
ARG APP_UID
ARG HTTP_PROXY
ARG EXTRA_PACKAGES=""

# ${VAR:-default} and ${VAR:+alt} in ENV and RUN
ENV APP_HOME=/opt/${APP_USER:-app} \
    APP_UID=${APP_UID:-1000} \
    PROXY_SET=${HTTP_PROXY:+yes}

# $VAR without braces, and an escaped \$ that stays literal for the shell
ENV LOG_DIR=$APP_HOME/logs PS1="\$(whoami)@\h:\w\$ "

RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates ${EXTRA_PACKAGES} \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --uid "${APP_UID}" --home-dir "${APP_HOME}" --create-home "${APP_USER}"

# variable used in WORKDIR, USER, COPY --chown, EXPOSE and LABEL
WORKDIR ${APP_HOME}
ARG PORT=8080
EXPOSE ${PORT}
LABEL com.example.port="${PORT}" com.example.user=$APP_USER
COPY --chown=${APP_USER}:${APP_USER} . ${APP_HOME}/
USER ${APP_USER}

# newer modifiers: pattern removal and replacement
ARG GIT_REF=refs/heads/feature/login
ENV BRANCH=${GIT_REF##*/} \
    VERSION_NOPREFIX=${VERSION#v} \
    SAFE_REF=${GIT_REF//\//-}

# ${VAR:?error} style guard
ARG RELEASE_CHANNEL=stable
ENV CHANNEL="${RELEASE_CHANNEL:?must be set}"

CMD ["sh", "-c", "echo running on port ${PORT:-8080} as $(id -un)"]
