FROM alpine:3.20

# alpine ships the www-data group (gid 82) but not the user
RUN set -eux; \
	adduser -u 82 -D -S -H -G www-data www-data

ENV HTTPD_PREFIX /usr/local/minihttpd
ENV PATH $HTTPD_PREFIX/bin:$PATH
RUN mkdir -p "$HTTPD_PREFIX" \
	&& chown www-data:www-data "$HTTPD_PREFIX"
WORKDIR $HTTPD_PREFIX

# libraries the server loads at runtime
RUN set -eux; \
	apk add --no-cache \
		apr \
		apr-util \
		ca-certificates \
		pcre2 \
	;

ENV MINIHTTPD_VERSION 2.6.1
ENV MINIHTTPD_SHA256 9d8f1e2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e

RUN set -eux; \
	\
	apk add --no-cache --virtual .build-deps \
		apr-dev \
		apr-util-dev \
		coreutils \
		dpkg-dev dpkg \
		gcc \
		gnupg \
		libc-dev \
		linux-headers \
		make \
		pcre2-dev \
		tar \
		zlib-dev \
	; \
	\
	wget -O minihttpd.tar.gz "https://downloads.example.net/minihttpd/minihttpd-$MINIHTTPD_VERSION.tar.gz"; \
	echo "$MINIHTTPD_SHA256 *minihttpd.tar.gz" | sha256sum -c -; \
	\
	mkdir -p src; \
	tar -xf minihttpd.tar.gz -C src --strip-components=1; \
	rm minihttpd.tar.gz; \
	cd src; \
	\
	gnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \
	CFLAGS="$(dpkg-buildflags --get CFLAGS)"; \
	CPPFLAGS="$(dpkg-buildflags --get CPPFLAGS)"; \
	LDFLAGS="$(dpkg-buildflags --get LDFLAGS)"; \
	./configure \
		--build="$gnuArch" \
		--prefix="$HTTPD_PREFIX" \
		--enable-mods-shared=reallyall \
		--enable-mpms-shared=all \
	; \
	make -j "$(nproc)"; \
	make install; \
	\
	cd ..; \
	rm -r src man manual; \
	\
# send logs to the container's stdout/stderr
	sed -i \
		-e 's|^access_log .*|access_log /dev/stdout;|' \
		-e 's|^error_log .*|error_log /dev/stderr;|' \
		"$HTTPD_PREFIX/conf/minihttpd.conf"; \
	\
	runDeps="$( \
		scanelf --needed --nobanner --format '%n#p' --recursive /usr/local \
			| tr ',' '\n' \
			| sort -u \
			| grep -v '^libminihttpd' \
		| sed 's/^/so:/' \
	)"; \
	apk add --no-network --virtual .httpd-so-deps $runDeps; \
	apk del --no-network .build-deps; \
	\
	minihttpd -V

STOPSIGNAL SIGWINCH

COPY run-minihttpd.sh /usr/local/bin/

EXPOSE 80
CMD ["run-minihttpd.sh"]
