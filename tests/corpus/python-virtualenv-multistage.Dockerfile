## ---------- compile-image ----------
FROM python:3.12-bookworm AS compile-image

RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential gfortran libopenblas-dev \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
# putting the venv first on PATH is equivalent to activating it
ENV PATH="/opt/venv/bin:$PATH"

COPY requirements.txt .
RUN pip install --no-cache-dir wheel \
    && pip install --no-cache-dir -r requirements.txt

COPY setup.py .
COPY forecast/ forecast/
RUN pip install --no-cache-dir .

## ---------- build-image ----------
FROM python:3.12-slim-bookworm AS build-image

RUN apt-get update \
    && apt-get install -y --no-install-recommends libopenblas0 libgomp1 \
    && rm -rf /var/lib/apt/lists/*

COPY --from=compile-image /opt/venv /opt/venv

ENV PATH="/opt/venv/bin:$PATH"

RUN useradd --uid 1001 --create-home forecaster
USER forecaster
WORKDIR /home/forecaster

CMD ["forecast-serve", "--port", "9000"]
EXPOSE 9000
