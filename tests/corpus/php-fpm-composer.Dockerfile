FROM composer:2.7 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install \
      --no-dev \
      --no-interaction \
      --no-plugins \
      --no-scripts \
      --prefer-dist \
      --no-progress \
      --ignore-platform-reqs
COPY . .
RUN composer dump-autoload --optimize --classmap-authoritative --no-dev

FROM php:8.3-fpm-alpine

# PHP extensions; build deps are removed again in the same layer
RUN set -eux; \
    apk add --no-cache --virtual .phpize-deps $PHPIZE_DEPS icu-dev libzip-dev postgresql-dev; \
    docker-php-ext-install -j"$(nproc)" intl opcache pdo_pgsql zip; \
    pecl install redis-6.0.2; \
    docker-php-ext-enable redis; \
    runDeps="$(scanelf --needed --nobanner --format '%n#p' --recursive /usr/local/lib/php/extensions \
        | tr ',' '\n' | sort -u | sed 's/^/so:/')"; \
    apk add --no-cache $runDeps; \
    apk del --no-network .phpize-deps; \
    rm -rf /tmp/pear

RUN mv "$PHP_INI_DIR/php.ini-production" "$PHP_INI_DIR/php.ini"
COPY docker/php/opcache.ini $PHP_INI_DIR/conf.d/zz-opcache.ini

WORKDIR /var/www/html
COPY --chown=www-data:www-data . .
COPY --chown=www-data:www-data --from=vendor /app/vendor ./vendor

USER www-data
EXPOSE 9000
CMD ["php-fpm"]
