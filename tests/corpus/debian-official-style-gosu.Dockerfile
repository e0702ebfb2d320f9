#
# Base image for a fictional key-value daemon "kvd", written in the style of
# the Docker "official images": one big RUN per concern, set -eux, savedAptMark.
#
FROM debian:bookworm-slim

# create the service account before any packages are installed so that uid/gid 999 stay stable across rebuilds
RUN set -eux; \
	groupadd -r -g 999 kvd; \
	useradd -r -g kvd -u 999 --home-dir /var/lib/kvd kvd

# things kvd needs at runtime (TLS roots, zoneinfo)
RUN set -eux; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		tzdata \
	; \
	rm -rf /var/lib/apt/lists/*

# gosu lets the entrypoint drop privileges after fixing volume ownership
ENV GOSU_VERSION 1.17
RUN set -eux; \
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends ca-certificates gnupg wget; \
	rm -rf /var/lib/apt/lists/*; \
	\
	dpkgArch="$(dpkg --print-architecture | awk -F- '{ print $NF }')"; \
	wget -O /usr/local/bin/gosu "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch"; \
	wget -O /usr/local/bin/gosu.asc "https://github.com/tianon/gosu/releases/download/$GOSU_VERSION/gosu-$dpkgArch.asc"; \
	\
# check the detached signature against the maintainer key
	export GNUPGHOME="$(mktemp -d)"; \
	gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4; \
	gpg --batch --verify /usr/local/bin/gosu.asc /usr/local/bin/gosu; \
	gpgconf --kill all; \
	rm -rf "$GNUPGHOME" /usr/local/bin/gosu.asc; \
	\
# forget gnupg/wget again: only keep what was manual before this layer
	apt-mark auto '.*' > /dev/null; \
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	\
	chmod +x /usr/local/bin/gosu; \
# smoke test
	gosu --version; \
	gosu nobody true

ENV KVD_VERSION 4.2.7
ENV KVD_DOWNLOAD_URL https://downloads.example.org/kvd/kvd-4.2.7.tar.gz
ENV KVD_DOWNLOAD_SHA256 3f2b9c1d8e7a6f5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b

RUN set -eux; \
	\
	savedAptMark="$(apt-mark showmanual)"; \
	apt-get update; \
	apt-get install -y --no-install-recommends \
		ca-certificates \
		wget \
		dpkg-dev \
		gcc \
		libc6-dev \
		libssl-dev \
		make \
	; \
	rm -rf /var/lib/apt/lists/*; \
	\
	wget -O kvd.tar.gz "$KVD_DOWNLOAD_URL"; \
	echo "$KVD_DOWNLOAD_SHA256 *kvd.tar.gz" | sha256sum -c -; \
	mkdir -p /usr/src/kvd; \
	tar -xzf kvd.tar.gz -C /usr/src/kvd --strip-components=1; \
	rm kvd.tar.gz; \
	\
	dpkgArch="$(dpkg --print-architecture)"; \
	case "$dpkgArch" in \
# the lock-free ring buffer needs 64-bit atomics
		armel | armhf | i386) kvdMakeArgs='USE_ATOMICS64=no' ;; \
		*) kvdMakeArgs='' ;; \
	esac; \
	\
	make -C /usr/src/kvd -j "$(nproc)" WITH_TLS=1 $kvdMakeArgs all; \
	make -C /usr/src/kvd install; \
	\
	rm -r /usr/src/kvd; \
	\
	apt-mark auto '.*' > /dev/null; \
	[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \
# keep the shared libraries the new binaries link against
	for bin in /usr/local/bin/kvd-*; do \
		ldd "$bin" | awk '$3 ~ /^\// && $3 !~ /^\/usr\/local\// { print $3 }'; \
	done \
		| xargs -r realpath \
		| sort -u \
		| xargs -r dpkg-query -S 2>/dev/null \
		| awk -F: '{ print $1 }' \
		| sort -u \
		| xargs -r apt-mark manual > /dev/null; \
	apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \
	\
	kvd-cli --version; \
	kvd-server --version

RUN mkdir /data && chown kvd:kvd /data
VOLUME /data
WORKDIR /data

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE 7379
CMD ["kvd-server"]
