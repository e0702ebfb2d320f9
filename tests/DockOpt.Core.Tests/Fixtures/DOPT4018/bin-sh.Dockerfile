FROM debian:12-slim
RUN ln -sf /bin/bash /bin/sh
RUN ln -s /usr/bin/python3 /usr/local/bin/python
