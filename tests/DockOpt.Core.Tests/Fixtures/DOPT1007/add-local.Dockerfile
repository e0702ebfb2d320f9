FROM alpine:3.20
ADD https://example.com/releases/tool-1.2.3.tar.gz /tmp/
ADD rootfs.tar.xz /
ADD config/ /etc/app/
ADD app.conf /etc/app/app.conf
add --chown=1000:1000 . /srv/app
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/x.bin /x.bin
COPY entrypoint.sh /entrypoint.sh
