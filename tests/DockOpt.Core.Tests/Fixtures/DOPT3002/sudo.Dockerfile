FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends sudo \
    && useradd -m dev && echo 'dev ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/dev \
    && rm -rf /var/lib/apt/lists/*
USER dev
RUN sudo apt-get update && sudo -E apt-get install -y --no-install-recommends make
