FROM composer:2.7 AS vendor
WORKDIR /app
COPY composer.json composer.lock ./
RUN composer install --no-dev --prefer-dist

FROM php:8.3-apache
COPY --from=composer:2.7 /usr/bin/composer /usr/bin/composer
COPY . /var/www/html/
RUN composer install --optimize-autoloader --no-interaction
