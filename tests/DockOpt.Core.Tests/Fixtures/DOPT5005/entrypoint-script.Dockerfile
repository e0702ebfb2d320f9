# The script is only read when the build context is known; without it nothing is reported.
FROM python:3.12-slim
WORKDIR /app
COPY docker/entrypoint.sh /entrypoint.sh
COPY . .
ENTRYPOINT ["/entrypoint.sh"]
CMD ["gunicorn", "--bind", ":8080", "main:app"]
