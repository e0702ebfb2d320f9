FROM python:3.12-slim AS base
WORKDIR app

FROM base AS test
WORKDIR tests

FROM python:3.12-slim
ENV APP_HOME=/srv/app
WORKDIR $APP_HOME
WORKDIR static
