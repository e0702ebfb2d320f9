FROM python:3.12-slim
ENV PYTHONUNBUFFERED 1
ENV APP_HOME /app
ENV GREETING hello from the image
ENV QUOTED "already quoted"
ENV PORT=8080 LANG=C.UTF-8
LABEL description Order service
WORKDIR $APP_HOME
