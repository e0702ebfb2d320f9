FROM nginx:1.27-alpine AS web
CMD ["/bin/sh", "-c", "envsubst '$PORT' < /etc/nginx/templates/default.conf > /etc/nginx/conf.d/default.conf && exec nginx -g 'daemon off;'"]

FROM python:3.12-slim
ENV PORT=8080
HEALTHCHECK CMD ["curl", "-f", "http://localhost:$PORT/healthz"]
CMD ["gunicorn", "--bind", "0.0.0.0:${PORT}", "main:app"]
