FROM python:3.12-slim AS base
CMD python app.py

FROM base
ENV PORT=8080
CMD gunicorn --bind :$PORT --workers 1 --threads 8 --timeout 0 main:app
