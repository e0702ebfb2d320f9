FROM python:3.9-alpine3.19

ENV PYTHONUNBUFFERED 1

RUN apk update && apk upgrade
RUN apk add --update --no-cache postgresql-client jpeg-dev
RUN apk add --update --no-cache --virtual .pip-build \
      gcc libc-dev linux-headers postgresql-dev musl-dev zlib zlib-dev \
      libffi-dev openssl-dev cargo rust

RUN mkdir /app
WORKDIR /app
COPY ./requirements.txt /requirements.txt
RUN pip install -r /requirements.txt
RUN apk del .pip-build

COPY ./app /app

RUN mkdir -p /vol/web/media
RUN mkdir -p /vol/web/static
RUN adduser -D -H webapp
RUN chown -R webapp:webapp /vol/
RUN chmod -R 755 /vol/web
USER webapp

CMD ["sh", "-c", "python manage.py await_postgres && python manage.py migrate && uwsgi --socket :8000 --master --enable-threads --module recipes.wsgi"]
