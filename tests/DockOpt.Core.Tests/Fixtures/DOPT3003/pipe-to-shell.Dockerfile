FROM debian:12-slim
RUN curl -fsSL https://get.example.com/install.sh | sh
RUN wget -qO- https://example.com/setup | sudo -E bash -s -- --yes
RUN bash -c "$(curl -fsSL https://example.com/bootstrap.sh)"

# verified download, archive extraction and a script saved to a file are fine
RUN curl -fsSLo /tmp/i.sh https://example.com/i.sh \
    && echo "0123456789abcdef  /tmp/i.sh" | sha256sum -c - \
    && sh /tmp/i.sh
RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin
