FROM debian:12-slim
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
RUN curl -fsSL https://example.com/key.asc | tee /etc/apt/keyrings/example.asc > /dev/null
RUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt
RUN set -eux -o pipefail; curl -fsSL https://example.com/setup | sh

FROM debian:12-slim AS strict
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/setup | bash -
