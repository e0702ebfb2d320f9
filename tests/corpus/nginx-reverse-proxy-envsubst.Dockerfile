FROM nginx:1.27

# nginx image renders /etc/nginx/templates/*.template with envsubst at start
ENV UPSTREAM_HOST=app \
    UPSTREAM_PORT=8000 \
    CLIENT_MAX_BODY_SIZE=25m

RUN rm /etc/nginx/conf.d/default.conf
COPY templates/ /etc/nginx/templates/
COPY certs/dhparam.pem /etc/nginx/dhparam.pem

RUN ln -sf /dev/stdout /var/log/nginx/access.log \
    && ln -sf /dev/stderr /var/log/nginx/error.log

EXPOSE 80 443
STOPSIGNAL SIGQUIT
