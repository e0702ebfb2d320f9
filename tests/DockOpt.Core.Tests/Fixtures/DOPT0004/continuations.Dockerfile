FROM debian:12-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        curl \

        jq \
    && rm -rf /var/lib/apt/lists/*

# comments inside a continuation are fine
RUN echo one \
    # a note
    && echo two

RUN <<EOF
echo first

echo second
EOF
