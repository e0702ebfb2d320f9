FROM registry.fedoraproject.org/fedora:40

ENV NAME=devbox VERSION=40
LABEL com.github.containers.toolbox="true" \
      name="$NAME" \
      version="$VERSION" \
      usage="This image is meant to be used with the toolbox(1) command" \
      summary="Developer workstation image with C/C++ and Python tooling" \
      maintainer="Platform Tooling <tooling@example.com>"

# Keep docs: this is an interactive image
RUN sed -i '/tsflags=nodocs/d' /etc/dnf/dnf.conf

RUN dnf -y upgrade --refresh \
 && dnf -y install \
      bash-completion \
      clang \
      clang-tools-extra \
      cmake \
      gdb \
      git \
      jq \
      meson \
      ninja-build \
      python3-devel \
      python3-pip \
      ripgrep \
      strace \
      tmux \
      valgrind \
      vim-enhanced \
      zsh \
 && dnf -y group install "development-tools" \
 && dnf clean all

COPY extra-packages /
RUN grep -v '^#' /extra-packages | xargs dnf -y install && dnf clean all
RUN rm /extra-packages

CMD /bin/sh
