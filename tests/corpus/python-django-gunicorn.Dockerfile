FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=off \
    PIP_DISABLE_PIP_VERSION_CHECK=on \
    DJANGO_SETTINGS_MODULE=bookshelf.settings.production

# System deps for psycopg and Pillow
RUN apt-get update && apt-get install -y --no-install-recommends \
        gcc \
        libjpeg62-turbo-dev \
        libpq-dev \
        zlib1g-dev \
        gettext \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /code

COPY requirements/ requirements/
RUN pip install --upgrade pip && pip install -r requirements/production.txt

COPY . .

RUN python manage.py collectstatic --noinput \
    && python manage.py compilemessages

RUN addgroup --system django && adduser --system --ingroup django django \
    && chown -R django:django /code
USER django

EXPOSE 8000

CMD ["gunicorn", "bookshelf.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
