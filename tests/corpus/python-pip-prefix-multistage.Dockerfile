FROM python:3.11-alpine AS build

RUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev postgresql-dev

COPY requirements.txt /requirements.txt
RUN pip install --no-cache-dir --prefix=/install -r /requirements.txt

FROM python:3.11-alpine

RUN apk add --no-cache libpq libffi

COPY --from=build /install /usr/local
COPY app /app
WORKDIR /app

RUN addgroup -S bot && adduser -S bot -G bot
USER bot

ENTRYPOINT ["python", "-u", "bot.py"]
