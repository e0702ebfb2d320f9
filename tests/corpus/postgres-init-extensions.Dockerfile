FROM postgres:16-bookworm

ENV POSTGRES_DB=geo \
    POSTGRES_USER=geo
# BAD: default password baked into image
ENV POSTGRES_PASSWORD=geo

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends \
        "postgresql-$PG_MAJOR-postgis-3" \
        "postgresql-$PG_MAJOR-postgis-3-scripts" \
        "postgresql-$PG_MAJOR-pgvector" \
    ; \
    rm -rf /var/lib/apt/lists/*

COPY --chmod=0644 initdb/*.sql /docker-entrypoint-initdb.d/
COPY --chmod=0755 initdb/*.sh /docker-entrypoint-initdb.d/

HEALTHCHECK --interval=10s --timeout=5s --retries=5 CMD pg_isready -U "$POSTGRES_USER" -d "$POSTGRES_DB"
