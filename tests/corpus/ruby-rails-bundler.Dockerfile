# syntax=docker/dockerfile:1
ARG RUBY_VERSION=3.3.4
FROM ruby:$RUBY_VERSION-slim AS base

WORKDIR /rails

ENV RAILS_ENV="production" \
    BUNDLE_DEPLOYMENT="1" \
    BUNDLE_PATH="/usr/local/bundle" \
    BUNDLE_WITHOUT="development:test"

RUN apt-get update -qq && \
    apt-get install --no-install-recommends -y curl libjemalloc2 libvips postgresql-client && \
    rm -rf /var/lib/apt/lists /var/cache/apt/archives

FROM base AS gems
RUN apt-get update -qq && \
    apt-get install --no-install-recommends -y build-essential git libpq-dev pkg-config && \
    rm -rf /var/lib/apt/lists /var/cache/apt/archives
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs "$(nproc)" --retry 3 \
 && find "${BUNDLE_PATH}" -type d \( -name cache -o -name .git \) -prune -exec rm -rf {} + \
 && bundle exec bootsnap precompile --gemfile

FROM gems AS assets
COPY . .
RUN bundle exec bootsnap precompile app/ lib/
# dummy key: asset compilation only needs *a* key to boot the app
RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile

FROM base
COPY --from=gems "${BUNDLE_PATH}" "${BUNDLE_PATH}"
COPY --from=assets /rails /rails

RUN useradd --user-group --uid 1500 --no-create-home --shell /usr/sbin/nologin shopper \
 && mkdir -p tmp/pids storage \
 && chown -R shopper:shopper log storage tmp
USER shopper

ENV LD_PRELOAD="libjemalloc.so.2" MALLOC_CONF="dirty_decay_ms:1000,narenas:2"

ENTRYPOINT ["/rails/bin/boot"]
EXPOSE 3000
CMD ["./bin/rails", "server", "-b", "0.0.0.0"]
