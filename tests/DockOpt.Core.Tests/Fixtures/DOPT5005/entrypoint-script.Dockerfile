# The context (entrypoint-script.context) holds docker/entrypoint.sh, which runs "$@" without exec.
FROM python:3.12-slim
WORKDIR /app
COPY docker/entrypoint.sh /entrypoint.sh
COPY . .
ENTRYPOINT ["/entrypoint.sh"]
CMD ["gunicorn", "--bind", ":8080", "main:app"]
