FROM python:3.12 AS build
RUN pip wheel --wheel-dir /wheels flask==3.0.3

FROM python:3.12-slim
COPY vendor/tool.tar.gz /tmp/
RUN tar -xzf /tmp/tool.tar.gz -C /opt && rm /tmp/tool.tar.gz
RUN curl -fsSL -o /tmp/installer.sh https://example.com/install.sh
RUN sh /tmp/installer.sh && rm -f /tmp/installer.sh
COPY --from=build /wheels /wheels
RUN pip install --no-cache-dir /wheels/*.whl \
    && rm -rf /wheels
RUN curl -fsSLo /tmp/x.tgz https://example.com/x.tgz \
    && tar -xzf /tmp/x.tgz -C /opt \
    && rm /tmp/x.tgz
RUN rm /etc/apt/sources.list.d/debian.sources
