FROM python:3.12-slim AS app
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
RUN apt-get update \
    && apt-get install -y --no-install-recommends libpq5 \
    && rm -rf /var/lib/apt/lists/*

FROM app AS worker
RUN apt-get update && apt-get install -y --no-install-recommends \
        $(cat /app/apt-packages.txt) \
    && rm -rf /var/lib/apt/lists/*
CMD ["python", "-m", "app.worker"]
