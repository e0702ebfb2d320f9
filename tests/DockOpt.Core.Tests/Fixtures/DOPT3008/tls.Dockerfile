FROM node:20-slim
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
RUN curl -fsSLk https://internal.example.com/ca.tgz -o /tmp/ca.tgz
RUN npm config set strict-ssl false && npm ci
RUN GIT_SSL_NO_VERIFY=1 git clone https://git.example.com/lib.git /opt/lib
RUN git config --global http.sslVerify true

FROM python:3.12-slim
RUN pip install --trusted-host pypi.internal --index-url http://pypi.internal/simple flask
RUN wget --no-check-certificate https://example.com/tool -O /usr/local/bin/tool
