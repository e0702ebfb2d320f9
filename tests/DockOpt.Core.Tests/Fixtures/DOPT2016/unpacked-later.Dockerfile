FROM debian:bookworm-slim
ADD https://downloads.example.org/tool-1.2.3.tar.gz /tmp/
RUN tar -xzf /tmp/tool-1.2.3.tar.gz -C /opt
COPY vendor/agent.deb /tmp/agent.deb
RUN dpkg -i /tmp/agent.deb
RUN wget -O /tmp/tf.zip https://releases.example.com/tf.zip
RUN cd /tmp && unzip -q tf.zip -d /usr/local/bin
COPY vendor/lib.tar.gz /tmp/
RUN tar -xzf /tmp/lib.tar.gz -C /usr/local && rm /tmp/lib.tar.gz
