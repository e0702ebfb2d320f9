# Company-wide base for small Python services. Downstream Dockerfiles are
# just "FROM registry.example.com/base/python-service:3.11" plus CMD.
FROM python:3.11-slim

LABEL com.example.base="python-service" com.example.base.version="7"

RUN groupadd -g 1000 svc && useradd -u 1000 -g svc -m -d /srv svc

WORKDIR /srv/app
ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1

ONBUILD ARG SERVICE_NAME=unnamed
ONBUILD LABEL com.example.service="${SERVICE_NAME}"
ONBUILD COPY requirements.txt /srv/app/
ONBUILD RUN pip install -r /srv/app/requirements.txt
ONBUILD COPY --chown=svc:svc . /srv/app
onbuild RUN python -m compileall -q /srv/app
ONBUILD USER svc
ONBUILD HEALTHCHECK --interval=20s CMD python -c "import socket; socket.create_connection(('127.0.0.1', 8000), 2)"

# ONBUILD ONBUILD is not allowed; neither are FROM/MAINTAINER behind ONBUILD
ONBUILD COPY --from=registry.example.com/tools/wait-for:1.2 /wait-for /usr/local/bin/wait-for

EXPOSE 8000
CMD ["python", "-m", "app"]
