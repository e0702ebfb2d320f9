FROM python:3.12-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM base AS worker
ENV PYTHONUNBUFFERED=1
CMD ["celery", "-A", "app", "worker"]

FROM base
EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
