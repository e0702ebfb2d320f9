FROM python:3.12-slim
CMD exec gunicorn --bind :$PORT main:app
