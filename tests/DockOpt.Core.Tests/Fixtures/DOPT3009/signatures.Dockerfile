FROM debian:12-slim
RUN echo "deb [trusted=yes] http://repo.example.com/apt stable main" > /etc/apt/sources.list.d/example.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends --allow-unauthenticated example-agent \
    && rm -rf /var/lib/apt/lists/*

FROM fedora:40
RUN dnf install -y --nogpgcheck https://example.com/agent.rpm && dnf clean all
RUN dnf install -y --setopt=gpgcheck=1 curl && dnf clean all
