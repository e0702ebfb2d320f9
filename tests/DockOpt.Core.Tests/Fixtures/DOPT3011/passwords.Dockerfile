FROM debian:12-slim
RUN useradd -m app && echo 'app:changeme' | chpasswd
RUN useradd -m -p '$6$salt$hash' ops
RUN useradd -m -p '!' locked && passwd -l root
