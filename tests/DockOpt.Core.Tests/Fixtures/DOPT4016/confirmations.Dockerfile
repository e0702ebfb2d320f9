FROM debian:12-slim
RUN apt-get update && apt-get install --no-install-recommends curl ca-certificates
RUN apt-get update && apt-get install -y --no-install-recommends jq
RUN apt-get -qq update && apt-get -qq install unzip

FROM fedora:40
RUN dnf install httpd && dnf clean all
RUN dnf -y install nginx && dnf clean all
