FROM debian:12 AS debug
EXPOSE 22

FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server && rm -rf /var/lib/apt/lists/*
EXPOSE 22 8080
