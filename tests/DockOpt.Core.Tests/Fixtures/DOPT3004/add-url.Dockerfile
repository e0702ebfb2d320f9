FROM debian:12-slim
ARG TOOL_VERSION=1.2.0
ADD https://github.com/example/tool/releases/download/v${TOOL_VERSION}/tool-linux-amd64 /usr/local/bin/tool
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/verified.tgz /opt/
ADD https://github.com/example/repo.git#v1.0.0 /src/repo
ADD vendor.tar.gz /opt/vendor/
