FROM ubuntu:24.04
RUN apt update && apt install -y --no-install-recommends curl
RUN apt upgrade -y
RUN apt list --installed > /packages.txt
RUN apt-get install -y --no-install-recommends jq
